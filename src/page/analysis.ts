// Where the text blocks of a page are analysed. The content script sends them to the background service
// worker, off the page's main thread (src/messages.ts validates there, src/page/wire.ts here), where the
// detector's keyword gate picks the candidate blocks and only those get the regex cues and price facts.
// Why not gate on the page thread: a content script's code is cold on every page load, and the keyword trie
// in cold JavaScript cost more than reading the page; handing text over is native structured cloning. The
// classroom page and the unit tests analyse in place with the same detector.
import type { Detector } from '../core/detect';
import type { Finding, TextBlock } from '../core/types';
import type { ToBackground } from '../messages';
import { receiveAnalysed } from './wire';

/** Longest stretch of candidate text sent in one message (bounds serialisation work per task). */
export const ANALYSIS_BATCH_CHARS = 60_000;
/** Most blocks in one message (src/messages.ts AnalyseBlocks allows more). */
export const ANALYSIS_BATCH_BLOCKS = 400;

export interface Analysis {
  /**
   * The findings of candidate blocks (their ids as given); `productKey` names the product the page shows
   * (src/page/product-identity.ts), for the price memory where the analysis keeps one.
   */
  analyse(blocks: TextBlock[], productKey?: string): Promise<Finding[]>;
  /** Main-thread time this analysis has spent on the page's thread so far (validating answers), in ms. */
  readonly pageMs?: number;
}

/** Analysis in this thread, for pages that are the extension's own (classroom) and for tests. */
export function localAnalysis(detector: Detector): Analysis {
  return {
    analyse: async (blocks) => detector.detect(blocks),
  };
}

/** Splits candidate blocks into batches of at most maxChars characters and maxBlocks blocks (one at least). */
export function batches(
  blocks: TextBlock[],
  maxChars = ANALYSIS_BATCH_CHARS,
  maxBlocks = ANALYSIS_BATCH_BLOCKS,
): TextBlock[][] {
  const out: TextBlock[][] = [];
  let current: TextBlock[] = [];
  let chars = 0;
  for (const block of blocks) {
    if (current.length > 0 && (chars + block.text.length > maxChars || current.length >= maxBlocks)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(block);
    chars += block.text.length;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Analysis by the background service worker, through runtime messages (validated by src/page/wire.ts). */
export function messageAnalysis(send: (message: ToBackground) => Promise<unknown>): Analysis {
  // The service worker may be starting: one retry.
  const ask = (message: ToBackground): Promise<unknown> =>
    send(message).catch(() => new Promise((resolve) => setTimeout(resolve, 200)).then(() => send(message)));
  let pageMs = 0;
  return {
    get pageMs() {
      return pageMs;
    },
    async analyse(blocks, productKey) {
      const answer = await ask({ type: 'analyse', ...(productKey ? { productKey } : {}), blocks });
      const start = performance.now();
      const findings = receiveAnalysed(answer);
      pageMs += performance.now() - start;
      return findings;
    },
  };
}
