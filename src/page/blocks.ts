// Visible text blocks from the DOM: text nodes grouped under their nearest non-inline ancestor, each with
// the text nodes and offsets that make it up, so a finding's span maps back to a DOM Range for highlights.

/** Elements whose text is never shown as page copy. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Elements that flow inside a line of text: their text belongs to the enclosing block. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

/** Marks the extension's own UI, which is never read. */
export const OWN_UI_ATTRIBUTE = 'data-second-look';

export interface TextSegment {
  node: Text;
  /** Offset of this node's first character in the block's text. */
  start: number;
}

export interface PageBlock {
  id: string;
  element: Element;
  text: string;
  segments: TextSegment[];
}

export interface ReadOptions {
  /** Extra visibility test, e.g. checkVisibility() in a browser; elements failing it are skipped. */
  isVisible?: (element: Element) => boolean;
  /** Stop after this many characters of text (a bound on the work for huge pages). */
  maxChars?: number;
}

function isSkipped(element: Element, isVisible?: (element: Element) => boolean): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  const style = element.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return isVisible ? !isVisible(element) : false;
}

function blockOf(node: Node, root: Node): Element {
  let element = node.parentElement!;
  while (element !== root && INLINE_TAGS.has(element.tagName.toUpperCase()) && element.parentElement) {
    element = element.parentElement;
  }
  return element;
}

let nextBlockId = 0;

/** Reads the visible text under `root` (open shadow roots included) as blocks, in document order. */
export function readTextBlocks(root: Node, options: ReadOptions = {}): PageBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const blocks: PageBlock[] = [];
  const maxChars = options.maxChars ?? Infinity;
  let chars = 0;
  let current: PageBlock | null = null;

  const visit = (scope: Node): void => {
    const walker = doc.createTreeWalker(scope, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode(node) {
        if (node.nodeType === 1) {
          const element = node as Element;
          if (isSkipped(element, options.isVisible)) return 2; // FILTER_REJECT: skip the subtree
          if (element.shadowRoot) visit(element.shadowRoot);
          return 3; // FILTER_SKIP: walk into children
        }
        return 1; // FILTER_ACCEPT
      },
    });
    for (let node = walker.nextNode(); node && chars < maxChars; node = walker.nextNode()) {
      const textNode = node as Text;
      const data = textNode.data;
      if (data.trim() === '') continue;
      const element = blockOf(textNode, scope);
      if (!current || current.element !== element) {
        current = { id: `b${nextBlockId++}`, element, text: '', segments: [] };
        blocks.push(current);
      }
      current.segments.push({ node: textNode, start: current.text.length });
      current.text += data;
      chars += data.length;
    }
  };
  visit(root);
  return blocks;
}
