// The first thing the content script does: on a host Second Look must never read (src/site-policy.ts: banking,
// health, government, webmail), it reads nothing, starts nothing, and reports an empty list of findings.
import type { Finding } from '../core/types';
import { isDeniedHost } from '../site-policy';

/** True when the content script may go on on this host; on a denied host it reports no findings and stops. */
export function startOnAllowedHost(host: string, report: (findings: Finding[]) => void): boolean {
  if (!isDeniedHost(host)) return true;
  report([]);
  return false;
}
