// Visible text blocks from the DOM: text nodes grouped under their nearest non-inline ancestor, each with
// the text nodes and offsets that make it up, so a finding's span maps back to a DOM Range for highlights.
// The reader is resumable (the scanner reads a huge page in idle slices), enters open shadow roots and
// same-origin frames, and notes the checkboxes that were ticked when it passed them.
import type { LayoutFacts } from '../core/types';

/** Elements whose text is never shown as page copy (lower-case local names). */
export const SKIPPED_TAG_NAMES: readonly string[] = [
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
];
const SKIPPED_TAGS = new Set(SKIPPED_TAG_NAMES);

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

/** The elements that may host a shadow root besides custom elements (DOM Standard, attachShadow()). */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** Marks the extension's own UI, which is never read. */
export const OWN_UI_ATTRIBUTE = 'data-second-look';

/** How many nodes the reader visits between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 64;

const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/**
 * Elements hidden by their own markup, found by one native query per scope instead of four attribute reads per
 * element; the inline styles it matches are then tested with HIDING_STYLE (`[style*="none"]` also matches
 * "text-decoration: none").
 */
const HIDDEN_BY_MARKUP = `[hidden],[aria-hidden="true"],[${OWN_UI_ATTRIBUTE}],[style*="none" i],[style*="hidden" i]`;

export interface PageBlock {
  id: string;
  element: Element;
  text: string;
  /** The text nodes that make up the block, in order ... */
  nodes: Text[];
  /** ... and the offset of each one's first character in `text`. */
  starts: number[];
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

/** What the reader does with an element, by its local name (anything else: a block of its own). */
const KIND_BLOCK = 0;
const KIND_INLINE = 1;
const KIND_STRUCK = 2;
const KIND_SKIPPED = 3;
const KIND_INPUT = 4;
const KIND_FRAME = 5;
const KIND = new Map<string, number>();
for (const name of SKIPPED_TAGS) KIND.set(name, KIND_SKIPPED);
for (const name of INLINE_TAGS) KIND.set(name, STRUCK_TAGS.has(name) ? KIND_STRUCK : KIND_INLINE);
KIND.set('input', KIND_INPUT);
KIND.set('iframe', KIND_FRAME);
KIND.set('frame', KIND_FRAME);

/** Whether a text holds nothing but white space (as `!/\S/.test(text)`, without a regular expression call). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) continue;
    if (c < 0x1680) return false;
    return !NON_BLANK.test(text.slice(i));
  }
  return true;
}

/** Whether a node sits in a del, s or strike element inside its line. */
function isStruckAt(node: Node): boolean {
  for (let e = node.nodeType === 1 ? (node as Element) : node.parentElement; e; e = e.parentElement) {
    const kind = KIND.get(e.localName);
    if (kind === KIND_STRUCK) return true;
    if (kind !== KIND_INLINE) return false;
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

/** Adds the elements under `scope` that their own markup hides (see HIDDEN_BY_MARKUP) to `into`. */
function addHiddenByMarkup(scope: ParentNode, into: Set<Element>): void {
  let found: NodeListOf<Element>;
  try {
    found = scope.querySelectorAll(HIDDEN_BY_MARKUP);
  } catch {
    return;
  }
  for (let i = 0; i < found.length; i++) {
    const element = found[i]!;
    if (
      element.hasAttribute('hidden') ||
      element.hasAttribute(OWN_UI_ATTRIBUTE) ||
      element.getAttribute('aria-hidden') === 'true' ||
      HIDING_STYLE.test(element.getAttribute('style') ?? '')
    ) {
      into.add(element);
    }
  }
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

/** Where the walk stands in one parent: the next child to visit, and the block and strike its text belongs to. */
interface Frame {
  next: Node | null;
  block: Element | null;
  struck: boolean;
}

/**
 * A resumable reader of the visible text under `root`, in document order: a plain walk over firstChild and
 * nextSibling with a stack of frames (no TreeWalker calling back into JavaScript for every node), the block
 * element and the strike of each level carried on the stack (no climbing per text node), one lookup by local
 * name per element, the elements hidden by their markup found by one native query per scope, and nothing per
 * text node but appending it to its block.
 */
export function createBlockReader(root: Node, options: ReadOptions = {}): BlockReader {
  const maxChars = options.maxChars ?? Infinity;
  const isVisible = options.isVisible;
  const scopes: Node[] = [];
  const tickedBoxes: HTMLInputElement[] = [];
  const hidden = new Set<Element>();
  const stack: Frame[] = [];
  let chars = 0;
  let current: PageBlock | null = null;
  let done = false;

  const enter = (scope: ParentNode & Node, block: Element | null, struck: boolean): void => {
    addHiddenByMarkup(scope, hidden);
    stack.push({ next: scope.firstChild, block, struck });
  };
  if (root.nodeType === 1 || root.nodeType === 9 || root.nodeType === 11) {
    const rootElement = root.nodeType === 1 ? (root as Element) : null;
    const host = root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
    const block = rootElement ? blockElementOf(rootElement) : host;
    enter(root as ParentNode & Node, block, rootElement ? isStruckAt(rootElement) : false);
  }

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
        const frame = stack[stack.length - 1];
        if (!frame || chars >= maxChars) {
          done = true;
          break;
        }
        const node = frame.next;
        if (!node) {
          stack.pop();
          continue;
        }
        frame.next = node.nextSibling;
        const type = node.nodeType;
        if (type === 3) {
          const data = (node as Text).data;
          const block = frame.block;
          if (!current || current.element !== block) {
            // Blank text between blocks is layout; inside a line it is the space between two words.
            if (!block || isBlank(data)) continue;
            if (current) completed.push(current);
            current = { id: newBlockId(), element: block, text: '', nodes: [], starts: [] };
          }
          if (frame.struck && (current.struck?.length ?? 0) < MAX_STRUCK_PER_BLOCK && DIGIT.test(data)) {
            (current.struck ??= []).push(data.trim());
          }
          current.nodes.push(node as Text);
          current.starts.push(current.text.length);
          current.text += data;
          chars += data.length;
          continue;
        }
        if (type !== 1) continue;
        const element = node as Element;
        const name = element.localName;
        const kind = KIND.get(name) ?? KIND_BLOCK;
        if (kind === KIND_SKIPPED || hidden.has(element) || (isVisible && !isVisible(element))) continue;
        if (kind === KIND_INPUT) {
          const input = element as HTMLInputElement;
          if (input.type === 'checkbox' && input.checked) tickedBoxes.push(input);
          continue;
        }
        if (kind === KIND_FRAME) {
          // A frame's children are fallback markup, never shown; its document is read when it is ours to read.
          const doc = frameDocument(element);
          if (doc) {
            scopes.push(doc);
            enter(doc.body, doc.body, false);
          }
          continue;
        }
        const inline = kind !== KIND_BLOCK;
        const first = element.firstChild;
        if (first) {
          stack.push({
            next: first,
            block: inline ? frame.block : element,
            struck: kind === KIND_STRUCK || (inline && frame.struck),
          });
        }
        // An open shadow root is read before the host's own children (which show only where slotted). Only
        // some elements can host one: asking the others is a binding call per element for nothing.
        const shadow = SHADOW_HOSTS.has(name) || name.includes('-') ? element.shadowRoot : null;
        if (shadow) {
          scopes.push(shadow);
          enter(shadow, element, false);
        }
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
  const block: PageBlock = { id: newBlockId(), element, text: '', nodes: [], starts: [] };
  const visit = (parent: Node, struck: boolean): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (block.nodes.length === 0 && isBlank(data)) continue;
        if (struck && DIGIT.test(data) && (block.struck?.length ?? 0) < MAX_STRUCK_PER_BLOCK) {
          (block.struck ??= []).push(data.trim());
        }
        block.nodes.push(node as Text);
        block.starts.push(block.text.length);
        block.text += data;
      } else if (node.nodeType === 1) {
        const child = node as Element;
        const kind = KIND.get(child.localName);
        if ((kind !== KIND_INLINE && kind !== KIND_STRUCK) || isSkippedElement(child)) continue;
        visit(child, struck || kind === KIND_STRUCK);
      }
    }
  };
  visit(element, false);
  return isBlank(block.text) ? null : block;
}
