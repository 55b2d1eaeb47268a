// The page scanner: reads visible text blocks, runs the detector, highlights the findings and reports them.
// Pipeline: (idle) readTextBlocks -> detector.detect -> showHighlights -> report(findings);
// mutations are batched and trigger a rescan on idle, never inside the observer callback.
import type { Detector } from '../core/detect';
import type { Finding } from '../core/types';
import { readTextBlocks, type PageBlock } from './blocks';
import { clearHighlights, flash, showHighlights } from './highlight';

/** Quiet time after the last mutation before the page is read again. */
export const MUTATION_SETTLE_MS = 300;

export interface ScannerOptions {
  doc: Document;
  detector: Detector;
  report: (findings: Finding[]) => void;
}

export interface PageScanner {
  scanNow(): Finding[];
  reveal(blockId: string): boolean;
  stop(): void;
}

export function startPageScanner({ doc, detector, report }: ScannerOptions): PageScanner {
  let blocksById = new Map<string, PageBlock>();
  let findings: Finding[] = [];
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const scanNow = (): Finding[] => {
    const blocks = readTextBlocks(doc.body);
    blocksById = new Map(blocks.map((b) => [b.id, b]));
    findings = detector.detect(blocks.map((b) => ({ id: b.id, text: b.text })));
    showHighlights(
      doc,
      findings.map((f) => ({ block: blocksById.get(f.blockId)!, start: f.span.start, end: f.span.end })),
    );
    report(findings);
    return findings;
  };

  const observer = new MutationObserver(() => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(scanNow, MUTATION_SETTLE_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  scanNow();

  return {
    scanNow,
    reveal(blockId) {
      const finding = findings.find((f) => f.blockId === blockId);
      const block = blocksById.get(blockId);
      if (!finding || !block) return false;
      flash({ block, start: finding.span.start, end: finding.span.end });
      return true;
    },
    stop() {
      observer.disconnect();
      clearTimeout(settleTimer);
      clearHighlights(doc);
    },
  };
}
