// The content script's side of src/messages.ts without zod (the content script has a size budget): hand-rolled
// checks of what it receives (reveal; the background's analysis) and the findings report
// it sends, clamped to pass the background's zod schema (test/unit/page-wire.test.ts holds them together).
import type { Finding } from '../core/types';
import { FAMILIES, LANGS, SEVERITIES } from '../core/vocabulary';
import type { ToBackground, ToContent } from '../messages';

/** As MAX_EVIDENCE_CHARS and MAX_FINDINGS in src/messages.ts. */
const MAX_EVIDENCE_CHARS = 2_000;
export const MAX_FINDINGS = 500;
const MAX_URL_CHARS = 4_000;
const MAX_BLOCK_ID_CHARS = 40;

let dropped = 0;

/** A message for the content script, or null (counted) when it is not one. */
export function receiveToContent(raw: unknown): ToContent | null {
  const message = raw as { type?: unknown; blockId?: unknown } | null;
  if (
    typeof message === 'object' &&
    message !== null &&
    message.type === 'reveal' &&
    typeof message.blockId === 'string' &&
    message.blockId.length <= MAX_BLOCK_ID_CHARS
  ) {
    return { type: 'reveal', blockId: message.blockId };
  }
  dropped++;
  return null;
}

export function droppedToContentCount(): number {
  return dropped;
}

const clamp = (text: string): string => (text.length > MAX_EVIDENCE_CHARS ? text.slice(0, MAX_EVIDENCE_CHARS) : text);

/** The findings report of a page, within the limits of FindingsReport. */
export function findingsReport(url: string, findings: readonly Finding[]): ToBackground {
  return {
    type: 'findings',
    url: url.slice(0, MAX_URL_CHARS),
    findings: findings.slice(0, MAX_FINDINGS).map((f) => ({
      ...f,
      evidence: clamp(f.evidence),
      excerpt: clamp(f.excerpt),
      facts: f.facts.slice(0, 20),
    })),
  };
}

const FAMILY_IDS = new Set<string>(FAMILIES);
const LANG_IDS = new Set<string>(LANGS);
const SEVERITY_IDS = new Set<string>(SEVERITIES);
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isText = (s: unknown, max: number): s is string => typeof s === 'string' && s.length <= max;

function isFinding(raw: unknown): raw is Finding {
  const f = raw as Partial<Record<keyof Finding, unknown>> | null;
  if (typeof f !== 'object' || f === null) return false;
  const span = f.span as { start?: unknown; end?: unknown } | null;
  return (
    isText(f.tactic, 60) &&
    typeof f.family === 'string' &&
    FAMILY_IDS.has(f.family) &&
    typeof f.severity === 'string' &&
    SEVERITY_IDS.has(f.severity) &&
    isText(f.blockId, MAX_BLOCK_ID_CHARS) &&
    typeof f.lang === 'string' &&
    LANG_IDS.has(f.lang) &&
    isText(f.evidence, MAX_EVIDENCE_CHARS) &&
    isText(f.excerpt, MAX_EVIDENCE_CHARS) &&
    typeof span === 'object' &&
    span !== null &&
    isCount(span.start) &&
    isCount(span.end) &&
    span.start <= span.end &&
    Array.isArray(f.facts) &&
    f.facts.length <= 20
  );
}

/** The background's answer to AnalyseBlocks; a malformed answer counts as no findings. */
export function receiveAnalysed(raw: unknown): Finding[] {
  const findings = (raw as { findings?: unknown } | null)?.findings;
  if (Array.isArray(findings) && findings.length <= MAX_FINDINGS && findings.every(isFinding)) return findings;
  dropped++;
  return [];
}
