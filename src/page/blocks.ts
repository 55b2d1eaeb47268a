// Visible text blocks from the DOM: text nodes grouped under their nearest non-inline ancestor, each with
// the text nodes and offsets that make it up, so a finding's span maps back to a DOM Range for highlights.
// The reader is resumable (the scanner reads a huge page in idle slices), enters open shadow roots and
// same-origin frames, and notes the checkboxes that were ticked when it passed them.
import type { LayoutFacts } from '../core/types';

/** Elements whose text is never shown as page copy (lower-case local names). */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'object',
  'canvas',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
]);

/** Elements that flow inside a line of text: their text belongs to the enclosing block. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/** Marks the extension's own UI, which is never read. */
export const OWN_UI_ATTRIBUTE = 'data-second-look';

/** How many nodes the reader visits between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 64;

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

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
  /** What the layout showed about this block (filled by the scanner). */
  layout?: LayoutFacts;
  /** Text drawn struck through by its markup (del, s, strike) that holds a digit: a was-price, as written. */
  struck?: string[];
}

const STRUCK_TAGS = new Set(['del', 's', 'strike']);
const DIGIT = /\d/;
const NON_BLANK = /\S/;
/** Most struck-through texts kept per block. */
const MAX_STRUCK_PER_BLOCK = 5;

/** Whether a text node sits in a del, s or strike element inside its line. */
function isStruck(node: Text): boolean {
  for (let e = node.parentElement; e && INLINE_TAGS.has(e.localName); e = e.parentElement) {
    if (STRUCK_TAGS.has(e.localName)) return true;
  }
  return false;
}

export interface ReadOptions {
  /** Extra visibility test, e.g. checkVisibility() in a browser; elements failing it are skipped. */
  isVisible?: (element: Element) => boolean;
  /** Stop after this many characters of text (a bound on the work for huge pages). */
  maxChars?: number;
}

export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/** Hidden by its own markup (not by a stylesheet: that costs layout, see the scanner's visibility check). */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** The element whose block holds a node's text: its nearest non-inline ancestor (or the shadow host). */
export function blockElementOf(node: Node): Element | null {
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) {
    const root = node.parentNode;
    return root && 'host' in root ? (root as ShadowRoot).host : null;
  }
  while (INLINE_TAGS.has(element.localName)) {
    const parent: Element | null = element.parentElement;
    if (!parent) {
      const root = element.parentNode;
      return root && 'host' in root ? (root as ShadowRoot).host : element;
    }
    element = parent;
  }
  return element;
}

let nextBlockId = 0;
export function newBlockId(): string {
  return `b${nextBlockId++}`;
}

/** The document of a same-origin frame, or null (cross-origin, not loaded, or not a frame). */
function frameDocument(element: Element): Document | null {
  const name = element.localName;
  if (name !== 'iframe' && name !== 'frame') return null;
  try {
    const doc = (element as HTMLIFrameElement).contentDocument;
    return doc?.body ? doc : null;
  } catch {
    return null;
  }
}

export interface BlockReader {
  /**
   * Reads on until `shouldYield()` answers true (asked every few dozen nodes) or the tree is done.
   * Returns the blocks completed in this call.
   */
  read(shouldYield?: () => boolean): PageBlock[];
  readonly done: boolean;
  /** Open shadow roots and same-origin frame documents entered so far (the scanner observes them). */
  readonly scopes: Node[];
  /** Checkboxes that were ticked when the reader passed them. */
  readonly tickedBoxes: HTMLInputElement[];
}

/** A resumable reader of the visible text under `root`, in document order. */
export function createBlockReader(root: Node, options: ReadOptions = {}): BlockReader {
  const maxChars = options.maxChars ?? Infinity;
  const isVisible = options.isVisible;
  const scopes: Node[] = [];
  const tickedBoxes: HTMLInputElement[] = [];
  const walkers: TreeWalker[] = [];
  let chars = 0;
  let current: PageBlock | null = null;
  let done = false;
  let lastParent: Node | null = null;
  let lastElement: Element | null = null;

  const filter = {
    acceptNode(node: Node): number {
      if (node.nodeType !== 1) return FILTER_ACCEPT;
      const element = node as Element;
      if (isSkippedElement(element)) return FILTER_REJECT;
      if (isVisible && !isVisible(element)) return FILTER_REJECT;
      // Hosts, frames and inputs come back to the loop; everything else is walked through.
      if (element.shadowRoot || element.localName === 'input' || element.localName === 'iframe') {
        return FILTER_ACCEPT;
      }
      return element.localName === 'frame' ? FILTER_ACCEPT : FILTER_SKIP;
    },
  };

  const enter = (scope: Node): void => {
    const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument!;
    walkers.push(doc.createTreeWalker(scope, SHOW_ELEMENT_AND_TEXT, filter));
  };
  enter(root);

  return {
    get done() {
      return done;
    },
    scopes,
    tickedBoxes,
    read(shouldYield) {
      const completed: PageBlock[] = [];
      let sinceCheck = 0;
      while (!done) {
        if (shouldYield && ++sinceCheck >= NODES_PER_CLOCK_CHECK) {
          sinceCheck = 0;
          if (shouldYield()) return completed;
        }
        const walker = walkers[walkers.length - 1];
        const node = walker && chars < maxChars ? walker.nextNode() : null;
        if (!node) {
          if (walker && chars < maxChars) {
            walkers.pop();
            continue;
          }
          done = true;
          break;
        }
        if (node.nodeType === 1) {
          const element = node as Element;
          if (element.shadowRoot) {
            scopes.push(element.shadowRoot);
            enter(element.shadowRoot);
          } else if (element.localName === 'input') {
            const input = element as HTMLInputElement;
            if (input.type === 'checkbox' && input.checked) tickedBoxes.push(input);
          } else {
            const frame = frameDocument(element);
            if (frame) {
              scopes.push(frame);
              enter(frame.body);
            }
          }
          continue;
        }
        const textNode = node as Text;
        const data = textNode.data;
        const blank = !NON_BLANK.test(data);
        // Blank text between blocks is layout; inside a line it is the space between two words.
        if (blank && !current) continue;
        // Consecutive text nodes of one parent (the common case) share a block element.
        const parent = textNode.parentNode;
        const element = parent === lastParent ? lastElement : blockElementOf(textNode);
        lastParent = parent;
        lastElement = element;
        if (!element || (blank && current!.element !== element)) continue;
        if (!current || current.element !== element) {
          if (current) completed.push(current);
          current = { id: newBlockId(), element, text: '', segments: [] };
        }
        if (DIGIT.test(data) && isStruck(textNode) && (current.struck?.length ?? 0) < MAX_STRUCK_PER_BLOCK) {
          (current.struck ??= []).push(data.trim());
        }
        current.segments.push({ node: textNode, start: current.text.length });
        current.text += data;
        chars += data.length;
      }
      if (current) {
        completed.push(current);
        current = null;
      }
      return completed;
    },
  };
}

/** Reads the visible text under `root` (open shadow roots and same-origin frames included) as blocks. */
export function readTextBlocks(root: Node, options: ReadOptions = {}): PageBlock[] {
  return createBlockReader(root, options).read();
}

/**
 * The text of one block element alone: its own text and that of its inline descendants, not of the blocks
 * nested in it. What a mutation inside a line of text costs: that line, not the page.
 */
export function readOwnBlock(element: Element): PageBlock | null {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, SHOW_ELEMENT_AND_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== 1) return FILTER_ACCEPT;
      const child = node as Element;
      if (isSkippedElement(child) || !INLINE_TAGS.has(child.localName)) return FILTER_REJECT;
      return FILTER_SKIP;
    },
  });
  const block: PageBlock = { id: newBlockId(), element, text: '', segments: [] };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (!NON_BLANK.test(data) && block.segments.length === 0) continue;
    if (DIGIT.test(data) && isStruck(node as Text) && (block.struck?.length ?? 0) < MAX_STRUCK_PER_BLOCK) {
      (block.struck ??= []).push(data.trim());
    }
    block.segments.push({ node: node as Text, start: block.text.length });
    block.text += data;
  }
  return NON_BLANK.test(block.text) ? block : null;
}
