// Highlights through the CSS Custom Highlight API: ranges over the page's own text nodes, styled by one
// adopted stylesheet per document (same-origin frames have their own registry). The page's markup and
// layout are never changed; clearing removes every trace. The user's highlightStyle picks the sheet's text:
// a marker, an underline alone, or nothing drawn (the ranges are still kept, so the report and "reveal"
// work the same and switching back draws them at once).
import type { PageBlock } from './blocks';
import type { HighlightStyle } from './page-settings';

export const HIGHLIGHT_NAME = 'second-look';
export const FLASH_NAME = 'second-look-flash';
export const FLASH_MS = 1_600;
/**
 * Most findings (ranges) highlighted on a page at once: as many as the background keeps for the page (the
 * report's MAX_FINDINGS, src/messages.ts). A page with more shows the first ones; 10,000 highlights help
 * nobody and cost the page a long paint. The report and "reveal" are not limited by it.
 */
export const MAX_HIGHLIGHTED_FINDINGS = 500;

const FLASH_STYLE = `::highlight(${FLASH_NAME}) { background-color: rgb(255 120 0 / 0.75); color: black; }`;
/** The stylesheet of each highlight style (the flash of "reveal" is drawn in every one). */
export const HIGHLIGHT_STYLES: Record<HighlightStyle, string> = {
  marker: `::highlight(${HIGHLIGHT_NAME}) { background-color: rgb(255 214 0 / 0.45); text-decoration: underline 2px rgb(180 95 0); }\n${FLASH_STYLE}`,
  underline: `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline 2px wavy rgb(180 95 0); text-decoration-skip-ink: none; }\n${FLASH_STYLE}`,
  none: FLASH_STYLE,
};

/** The style of every document's sheet (one user setting for all of them). */
let currentStyle: HighlightStyle = 'marker';

type HighlightWindow = Window & typeof globalThis;

function windowOf(doc: Document): HighlightWindow | null {
  const win = doc.defaultView as HighlightWindow | null;
  if (!win || typeof win.CSS === 'undefined' || !('highlights' in win.CSS) || typeof win.Highlight === 'undefined') {
    return null;
  }
  return win;
}

const sheets = new Map<Document, CSSStyleSheet>();

function ensureStyle(doc: Document, win: HighlightWindow): void {
  if (sheets.has(doc)) return;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_STYLES[currentStyle]);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  sheets.set(doc, sheet);
}

/** A DOM Range over `block.text.slice(start, end)`, across the text nodes that make up the block. */
export function rangeOf(block: PageBlock, start: number, end: number): Range | null {
  const doc = block.element.ownerDocument;
  const range = doc.createRange();
  let startSet = false;
  const { nodes, starts } = block;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const segmentEnd = i + 1 < nodes.length ? starts[i + 1]! : block.text.length;
    if (!startSet && start < segmentEnd) {
      range.setStart(node, Math.min(start - starts[i]!, node.length));
      startSet = true;
    }
    if (startSet && end <= segmentEnd) {
      range.setEnd(node, Math.min(end - starts[i]!, node.length));
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

/** The highlighted ranges of the page, kept per block so one block's change touches only its ranges. */
export interface Highlighter {
  /** Replaces the ranges of one block (an empty list removes them). */
  set(blockId: string, targets: HighlightTarget[]): void;
  /** Adds the highlight style to a document ahead of the first highlight. */
  prepare(doc: Document): void;
  /** The number of ranges shown (at most the highlighter's cap). */
  readonly size: number;
  clear(): void;
}

/**
 * One block's ranges are added to (or deleted from) the registered highlight as they come, never the whole set
 * rebuilt; past `maxRanges` ranges a block's further targets are not drawn (until ranges are removed).
 */
export function createHighlighter(maxRanges = MAX_HIGHLIGHTED_FINDINGS): Highlighter {
  const byBlock = new Map<string, Range[]>();
  const registries = new Map<Document, Highlight>();
  let count = 0;

  const highlightOf = (doc: Document): Highlight | null => {
    const existing = registries.get(doc);
    if (existing) return existing;
    const win = windowOf(doc);
    if (!win) return null;
    ensureStyle(doc, win);
    const highlight = new win.Highlight();
    win.CSS.highlights.set(HIGHLIGHT_NAME, highlight);
    registries.set(doc, highlight);
    return highlight;
  };

  return {
    prepare(doc) {
      highlightOf(doc);
    },
    set(blockId, targets) {
      const old = byBlock.get(blockId);
      if (old) {
        for (const range of old) registries.get(range.startContainer.ownerDocument!)?.delete(range);
        count -= old.length;
        byBlock.delete(blockId);
      }
      const ranges: Range[] = [];
      for (const target of targets) {
        if (count + ranges.length >= maxRanges) break;
        if (!target.block.element.isConnected) continue;
        const range = rangeOf(target.block, target.start, target.end);
        const highlight = range && highlightOf(target.block.element.ownerDocument);
        if (!range || !highlight) continue;
        highlight.add(range);
        ranges.push(range);
      }
      if (ranges.length > 0) {
        byBlock.set(blockId, ranges);
        count += ranges.length;
      }
    },
    get size() {
      return count;
    },
    clear() {
      byBlock.clear();
      count = 0;
      for (const doc of registries.keys()) clearHighlights(doc);
      registries.clear();
    },
  };
}

export function flash(target: HighlightTarget): void {
  const element = target.block.element;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const win = windowOf(element.ownerDocument);
  if (!win) return;
  const range = rangeOf(target.block, target.start, target.end);
  if (!range) return;
  ensureStyle(element.ownerDocument, win);
  win.CSS.highlights.set(FLASH_NAME, new win.Highlight(range));
  setTimeout(() => win.CSS.highlights.delete(FLASH_NAME), FLASH_MS);
}

/** Draws every highlight (in every document with a sheet, and those to come) in this style. */
export function setHighlightStyle(style: HighlightStyle): void {
  if (style === currentStyle) return;
  currentStyle = style;
  for (const sheet of sheets.values()) sheet.replaceSync(HIGHLIGHT_STYLES[style]);
}

/** The style highlights are drawn in. */
export function highlightStyle(): HighlightStyle {
  return currentStyle;
}

/** Removes every highlight and the stylesheet from a document. */
export function clearHighlights(doc: Document): void {
  const win = windowOf(doc);
  if (win) {
    win.CSS.highlights.delete(HIGHLIGHT_NAME);
    win.CSS.highlights.delete(FLASH_NAME);
  }
  const sheet = sheets.get(doc);
  if (sheet) {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    sheets.delete(doc);
  }
}
