// Host names against lists of hosts (the denied sites, the curated shops): a host is under a listed one when it
// is that host or one of its subdomains. Used on every page the content script loads on.

/** Whether `host` (lower case) is in `listed` or under one of its entries: a Set lookup per dot-separated suffix. */
export function isUnderListedHost(host: string, listed: ReadonlySet<string>): boolean {
  // The host itself, then what follows each dot: "www.nhs.uk", "nhs.uk", "uk".
  for (let dot = -1; ;) {
    if (listed.has(dot < 0 ? host : host.slice(dot + 1))) return true;
    dot = host.indexOf('.', dot + 1);
    if (dot < 0) return false;
  }
}
