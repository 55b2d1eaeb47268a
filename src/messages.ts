// Every message between content script, background and popup, as zod schemas: validated on receipt, a
// malformed one is dropped and counted, never acted on.
import { z } from 'zod';
import { FAMILIES, LANGS, SEVERITIES } from './core/vocabulary';

const MAX_EVIDENCE_CHARS = 2_000;
const MAX_FINDINGS = 500;

export const FactSchema = z.object({ kind: z.string().max(40) }).loose();

export const FindingSchema = z.object({
  tactic: z.string().max(60),
  family: z.enum(FAMILIES),
  severity: z.enum(SEVERITIES),
  blockId: z.string().max(40),
  lang: z.enum(LANGS),
  evidence: z.string().max(MAX_EVIDENCE_CHARS),
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  excerpt: z.string().max(MAX_EVIDENCE_CHARS),
  facts: z.array(FactSchema).max(20),
});
export type FindingMessage = z.infer<typeof FindingSchema>;

/** Content script -> background: the findings of the page now shown in this tab. */
export const FindingsReport = z.object({
  type: z.literal('findings'),
  url: z.string().max(4_000),
  findings: z.array(FindingSchema).max(MAX_FINDINGS),
});

/** Popup -> background: the findings of a tab. */
export const GetFindings = z.object({ type: z.literal('get-findings'), tabId: z.number().int() });
export const TabFindings = z.object({
  url: z.string(),
  findings: z.array(FindingSchema),
});
export type TabFindings = z.infer<typeof TabFindings>;

/** What the DOM showed about a block (core/types.ts LayoutFacts). */
export const LayoutFactsSchema = z.object({
  struckPrices: z.array(z.string().max(100)).max(20).optional(),
  livePrice: z.string().max(100).optional(),
  tickingCountdown: z.boolean().optional(),
  preTicked: z.boolean().optional(),
  appearedOnExit: z.boolean().optional(),
});

/** As MAX_BLOCK_CHARS in core/detect.ts: longer block text is not analysed. */
const MAX_BLOCK_TEXT_CHARS = 8_000;
const MAX_ANALYSED_BLOCKS = 2_000;

/** Content script -> background: text blocks of a page for the detector, off the page's main thread. */
export const AnalyseBlocks = z.object({
  type: z.literal('analyse'),
  /** The product this page shows (src/page/product-identity.ts), for the on-device price memory. */
  productKey: z.string().max(500).optional(),
  blocks: z
    .array(
      z.object({
        id: z.string().max(40),
        text: z.string().max(MAX_BLOCK_TEXT_CHARS),
        lang: z.enum(LANGS).optional(),
        layout: LayoutFactsSchema.optional(),
      }),
    )
    .max(MAX_ANALYSED_BLOCKS),
});
/** Background -> content script: the findings of the analysed blocks. */
export const AnalysedBlocks = z.object({ findings: z.array(FindingSchema).max(MAX_FINDINGS) });
export type AnalysedBlocks = z.infer<typeof AnalysedBlocks>;

/**
 * Gate script -> background: the page is a shop (or the user asked for a scan), inject the scanner script into
 * this frame (entrypoints/page-gate.ts, src/page/handoff.ts).
 */
export const StartScanner = z.object({ type: z.literal('start-scanner') });

export const ToBackground = z.discriminatedUnion('type', [FindingsReport, GetFindings, AnalyseBlocks, StartScanner]);
export type ToBackground = z.infer<typeof ToBackground>;

/** Popup -> content script: scroll to a finding and flash it. */
export const RevealFinding = z.object({ type: z.literal('reveal'), blockId: z.string().max(40) });
export const ToContent = z.discriminatedUnion('type', [RevealFinding]);
export type ToContent = z.infer<typeof ToContent>;

/** Truncates evidence so a report always fits the schema. */
export function clampEvidence(text: string): string {
  return text.length > MAX_EVIDENCE_CHARS ? text.slice(0, MAX_EVIDENCE_CHARS) : text;
}

let dropped = 0;
/** Parses a received message; a malformed one is counted and yields null. */
export function receive<T>(schema: z.ZodType<T>, message: unknown): T | null {
  const parsed = schema.safeParse(message);
  if (parsed.success) return parsed.data;
  dropped++;
  return null;
}
export function droppedMessageCount(): number {
  return dropped;
}
