// Highlights through the CSS Custom Highlight API: ranges over the page's own text nodes, styled by one
// adopted stylesheet. The page's markup and layout are never changed; clearing removes every trace.
import type { PageBlock } from './blocks';

export const HIGHLIGHT_NAME = 'second-look';
export const FLASH_NAME = 'second-look-flash';
export const FLASH_MS = 1_600;

const STYLE = `
::highlight(${HIGHLIGHT_NAME}) { background-color: rgb(255 214 0 / 0.45); text-decoration: underline 2px rgb(180 95 0); }
::highlight(${FLASH_NAME}) { background-color: rgb(255 120 0 / 0.75); color: black; }
`;

let sheet: CSSStyleSheet | null = null;

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function ensureStyle(doc: Document): void {
  if (sheet || typeof CSSStyleSheet === 'undefined') return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** A DOM Range over `block.text.slice(start, end)`, across the text nodes that make up the block. */
export function rangeOf(block: PageBlock, start: number, end: number): Range | null {
  const doc = block.element.ownerDocument;
  const range = doc.createRange();
  let startSet = false;
  for (let i = 0; i < block.segments.length; i++) {
    const segment = block.segments[i]!;
    const segmentEnd = i + 1 < block.segments.length ? block.segments[i + 1]!.start : block.text.length;
    if (!startSet && start < segmentEnd) {
      range.setStart(segment.node, Math.min(start - segment.start, segment.node.length));
      startSet = true;
    }
    if (startSet && end <= segmentEnd) {
      range.setEnd(segment.node, Math.min(end - segment.start, segment.node.length));
      return range;
    }
  }
  return null;
}

export interface HighlightTarget {
  block: PageBlock;
  start: number;
  end: number;
}

export function showHighlights(doc: Document, targets: HighlightTarget[]): void {
  if (!highlightsSupported()) return;
  ensureStyle(doc);
  const ranges = targets.flatMap((t) => {
    if (!t.block.element.isConnected) return [];
    const range = rangeOf(t.block, t.start, t.end);
    return range ? [range] : [];
  });
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
}

export function flash(target: HighlightTarget): void {
  const element = target.block.element;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (!highlightsSupported()) return;
  const range = rangeOf(target.block, target.start, target.end);
  if (!range) return;
  CSS.highlights.set(FLASH_NAME, new Highlight(range));
  setTimeout(() => CSS.highlights.delete(FLASH_NAME), FLASH_MS);
}

export function clearHighlights(doc: Document): void {
  if (highlightsSupported()) {
    CSS.highlights.delete(HIGHLIGHT_NAME);
    CSS.highlights.delete(FLASH_NAME);
  }
  if (sheet) {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = null;
  }
}
