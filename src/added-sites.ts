// Sites the user added (settings `addedSites`, each with its optional host permission): the content script
// registered for them with scripting.registerContentScripts, the same file the manifest's content script uses.
// The background wires it (entrypoints/background.ts): it calls sync() when it starts, when the setting
// changes and when host permissions are added or removed. Everything that decides is here and pure; the
// browser's scripting API is injected.
//
// - A host is registered when it is a valid host name, not denied (src/site-policy.ts: banking, health,
//   government, webmail are never read, even when the user adds them), not already a curated shop of the
//   manifest (the script must not run twice), and its host permission is granted.
// - One registered script, ADDED_SITES_SCRIPT_ID, matches every such host and its subdomains (the origins the
//   options page asks permission for: originsOf). It persists across browser restarts; no host, no script.
import { isShopAddress, SHOP_HOSTS } from './shop-hosts';
import { isDeniedHost } from './site-policy';

export const ADDED_SITES_SCRIPT_ID = 'second-look-added-sites';
/**
 * The content script file: WXT's output for the unlisted gate script entrypoints/page-gate.ts, which the manifest
 * declares (wxt.config.ts), the added sites register and the popup's "Scan this page" injects.
 */
export const CONTENT_SCRIPT_FILE = 'page-gate.js';
/**
 * The scanner script: WXT's output for the unlisted script entrypoints/page-scanner.ts, in no manifest; the
 * background injects it into a frame whose gate script found a shop ('start-scanner').
 */
export const SCANNER_SCRIPT_FILE = 'page-scanner.js';

/** The origins of a host and its subdomains: what the options page asks permission for. */
export function originsOf(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

const LABEL = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/;

/** A host name a match pattern can hold: lower-case labels of letters, digits and inner hyphens. */
export function isValidHost(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  return host.split('.').every((label) => LABEL.test(label));
}

/** Whether the manifest's own content script already runs on the host (a curated shop). */
export function isCuratedHost(host: string, curated: readonly string[] = SHOP_HOSTS): boolean {
  return isShopAddress('https:', host, curated);
}

/**
 * The added hosts the content script is registered for, in the order added, without repeats: valid, not
 * denied, not curated, and granted (`granted(host)`: the host permission for originsOf(host) is held).
 */
export function hostsToRegister(
  addedSites: readonly string[],
  granted: (host: string) => boolean,
  curated: readonly string[] = SHOP_HOSTS,
): string[] {
  const out: string[] = [];
  for (const raw of addedSites) {
    const host = raw.toLowerCase().replace(/\.$/, '');
    if (out.includes(host) || !isValidHost(host) || isDeniedHost(host) || isCuratedHost(host, curated)) continue;
    if (granted(host)) out.push(host);
  }
  return out;
}

/** A content script registration (the fields of scripting.RegisteredContentScript used here). */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

export interface ScriptOptions {
  /** The content script file, as the manifest names it. */
  file?: string;
  runAt?: RegisteredScript['runAt'];
}

/** The registration for these hosts, or null when there is none to register. */
export function addedSitesScript(hosts: readonly string[], options: ScriptOptions = {}): RegisteredScript | null {
  if (hosts.length === 0) return null;
  return {
    id: ADDED_SITES_SCRIPT_ID,
    matches: hosts.flatMap(originsOf),
    js: [options.file ?? CONTENT_SCRIPT_FILE],
    runAt: options.runAt ?? 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** The part of the browser's scripting API used here. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export type SyncResult = 'registered' | 'updated' | 'unregistered' | 'unchanged' | 'failed';

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === (b ?? [])[i]);

function sameScript(a: RegisteredScript, b: RegisteredScript): boolean {
  return (
    sameList(a.matches, b.matches) &&
    sameList(a.js, b.js) &&
    (a.runAt ?? 'document_idle') === (b.runAt ?? 'document_idle') &&
    Boolean(a.allFrames) === Boolean(b.allFrames) &&
    (a.persistAcrossSessions ?? true) === (b.persistAcrossSessions ?? true)
  );
}

/** Makes the registered script what `wanted` says (null: none). Never rejects. */
export async function applyRegistration(api: ScriptingApi, wanted: RegisteredScript | null): Promise<SyncResult> {
  try {
    const [current] = await api.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
    if (!wanted) {
      if (!current) return 'unchanged';
      await api.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
      return 'unregistered';
    }
    if (!current) {
      await api.registerContentScripts([wanted]);
      return 'registered';
    }
    if (sameScript(current, wanted)) return 'unchanged';
    await api.updateContentScripts([wanted]);
    return 'updated';
  } catch {
    return 'failed';
  }
}

export interface AddedSitesDeps {
  scripting: ScriptingApi;
  addedSites(): Promise<readonly string[]>;
  /** Whether the host permission for originsOf(host) is held (permissions.contains). */
  isGranted(host: string): Promise<boolean>;
  script?: ScriptOptions;
  curated?: readonly string[];
}

/**
 * sync(): registers, updates or unregisters the added sites' script from the setting and the permissions.
 * Calls never overlap: one that comes while another runs is folded into a single run after it.
 */
export function createAddedSitesSync(deps: AddedSitesDeps) {
  const runOnce = async (): Promise<SyncResult> => {
    let sites: readonly string[];
    try {
      sites = await deps.addedSites();
    } catch {
      return 'failed';
    }
    const candidates = hostsToRegister(sites, () => true, deps.curated);
    const granted = new Set<string>();
    await Promise.all(
      candidates.map(async (host) => {
        if (await deps.isGranted(host).catch(() => false)) granted.add(host);
      }),
    );
    const hosts = candidates.filter((host) => granted.has(host));
    return applyRegistration(deps.scripting, addedSitesScript(hosts, deps.script));
  };

  let running: Promise<SyncResult> | null = null;
  let queued: Promise<SyncResult> | null = null;
  const sync = (): Promise<SyncResult> => {
    if (!running) {
      running = runOnce().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = null;
      return sync();
    });
    return queued;
  };
  return { sync };
}
