// `cli scan PAGE.html`: load a saved page into happy-dom (no scripts, no network), read its text blocks
// with the same DOM adapter as the content script, and run the same detector.
import { Window } from 'happy-dom';
import type { Finding } from '../core/types';
import { readTextBlocks } from '../page/blocks';
import { thoroughDetector as detector } from '../nlp';

export interface PageScan {
  file: string;
  blocks?: number;
  findings?: Array<Omit<Finding, 'blockId'>>;
  error?: string;
}

export async function scanHtml(file: string, html: string): Promise<PageScan> {
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
  try {
    window.document.write(html);
    const blocks = readTextBlocks(window.document.body as unknown as Node);
    const findings = detector.detect(blocks.map((b) => ({ id: b.id, text: b.text })));
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
