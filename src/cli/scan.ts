// `cli scan PAGE.html`: load a saved page into happy-dom (no scripts, no network), read its text blocks
// with the same DOM adapter as the content script, merge the same price pairs into them (struck prices and
// live prices as layout facts; no computed styles here: happy-dom has no layout), and run the same detector.
import { Window } from 'happy-dom';
import type { Finding } from '../core/types';
import type { LayoutFacts } from '../core/types';
import { blockElementOf, readTextBlocks } from '../page/blocks';
import { findPricePairs, layoutFactsByBlock, mergeLayoutFacts, pricePairInput } from '../page/price-pairs';
import { thoroughDetector as detector } from '../nlp';

export interface PageScan {
  file: string;
  blocks?: number;
  findings?: Array<Omit<Finding, 'blockId'>>;
  error?: string;
}

/** A saved page in happy-dom with no scripts, no loads and no navigation: its markup only. */
export function openSavedPage(html: string): Window {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(html);
  return window;
}

export async function scanHtml(file: string, html: string): Promise<PageScan> {
  const window = openSavedPage(html);
  try {
    const doc = window.document as unknown as Document;
    const blocks = readTextBlocks(doc.body);
    // As the content script: pairs among the price texts of the blocks, anchors first.
    const pairs = new Map<Element, LayoutFacts>();
    const input = pricePairInput(blocks);
    if (input) {
      const found = findPricePairs(doc.body, { ...input, computedStyle: false });
      for (const [element, facts] of layoutFactsByBlock(found, blockElementOf)) {
        pairs.set(element, mergeLayoutFacts(pairs.get(element), facts));
      }
    }
    const findings = detector.detect(
      blocks.map((b) => {
        let layout: LayoutFacts | undefined = b.struck ? { struckPrices: b.struck } : undefined;
        const fromPairs = pairs.get(b.element);
        if (fromPairs) {
          layout = mergeLayoutFacts(layout, fromPairs);
          pairs.delete(b.element);
        }
        return { id: b.id, text: b.text, ...(layout ? { layout } : {}) };
      }),
    );
    return {
      file,
      blocks: blocks.length,
      findings: findings.map(({ blockId: _blockId, ...rest }) => ({ ...rest, evidence: rest.evidence.trim() })),
    };
  } finally {
    await window.happyDOM.close();
  }
}

export function formatScanMarkdown(pages: PageScan[]): string {
  const lines: string[] = [];
  for (const page of pages) {
    lines.push(`## ${page.file}`, '');
    if (page.error) {
      lines.push(`Could not be read: ${page.error}`, '');
      continue;
    }
    if (!page.findings?.length) lines.push(`No findings in ${page.blocks} text blocks.`);
    for (const f of page.findings ?? []) {
      lines.push(`- **${f.tactic}** (${f.family}, ${f.severity}): "${f.evidence.replace(/\s+/g, ' ')}"`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
