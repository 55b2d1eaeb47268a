// The page scanner: the content script's pipeline on a shop. The page thread does only cheap work, in idle
// slices; the detector runs elsewhere (analysis.ts).
//
//   shop gate (shop-gate.ts, <= SHOP_GATE_BUDGET_MS): the content script runs it first (shop-watch.ts) and
//      builds a scanner only on a shop, handing it the gate's answer (options.gate); the classroom's own page
//      skips it; after a route change the scanner gates itself (not a shop: nothing is read, an empty report,
//      a few re-checks on mutations)
//   -> settings (paused site? enabled families, low severity)
//   -> first scan in idle slices of <= SCAN_SLICE_BUDGET_MS (idle.ts):
//        read: visible text blocks, open shadow roots, same-origin frames, ticked checkboxes (blocks.ts)
//        pairs (slices of their own, a region in steps: pricePairSteps): price pairs among the text nodes of the blocks that show a price, no
//                second walk over the page (price-pairs.ts: struck or labelled anchor -> live price of the same
//                product), and the page's product key (src/page/product-identity.ts) for the analysis
//        screen: layout facts per block (struck-through prices from blocks.ts; the pairs' struckPrices and
//                livePrice; layout-facts.ts: ticking countdown, pre-ticked add-on, appeared on exit); blocks with
//                words or a fact are sent on
//   -> analysis off the page thread, in batches sent one after another, each built in a slice (analysis.ts): the background runs the detector (its keyword
//      gate, then regex cues and price facts on candidate blocks only; later an English compromise pass);
//      findings come back by block id
//   -> apply, in slices: computed visibility of the blocks with findings, then filters -> highlights (at most
//      MAX_HIGHLIGHTED_FINDINGS, highlight.ts) -> report (every visible finding)
//   -> mutations: the observer callback only queues nodes; an idle flush drops detached nodes and additions
//      nested in other additions, re-reads the changed lines (readOwnBlock) and added subtrees, or the whole
//      page above MUTATION_RESCAN_THRESHOLD_NODES; hidden blocks with findings are re-checked when
//      attributes change (a popup shown by a class).
//   -> single-page-app route change: gate again and rescan after ROUTE_SETTLE_MS.
// Each piece of work keeps its main-thread time in the isolated world's timing list (idle.ts: second-look:scan,
// second-look:mutation) that `npm run bench` reads over CDP; the first scan's includes the content
// script's setup (setupMs, setupStartedAt), the gate and the validation of the analysis' answers.
import type { Detector } from '../core/detect';
import type { Finding, LayoutFacts, TextBlock } from '../core/types';
import { ANALYSIS_BATCH_BLOCKS, ANALYSIS_BATCH_CHARS, batches, localAnalysis, type Analysis } from './analysis';
import {
  blockElementOf,
  createBlockReader,
  isInlineElement,
  isSkippedElement,
  readOwnBlock,
  type BlockReader,
  type PageBlock,
} from './blocks';
import { createHighlighter, flash, setHighlightStyle } from './highlight';
import { createIdleScheduler, publishTiming, type ShouldYield } from './idle';
import {
  createCountdownTracker,
  createExitTracker,
  createUserTouchTracker,
  isAddOnLabel,
  labelOf,
} from './layout-facts';
import { DEFAULT_PAGE_SETTINGS, isHostPaused, visibleFindings, type PageSettings } from './page-settings';
import {
  findPricePairs,
  layoutFactsByBlock,
  mergeLayoutFacts,
  pricePairInput,
  pricePairInputSteps,
  pricePairSteps,
  type PairInput,
  type PricePair,
} from './price-pairs';
import { createShopGate, finishGateAtIdle, type ShopGate, type ShopGateResult } from './shop-gate';
import { ROUTE_SETTLE_MS } from './lifecycle';
import { recheckOnMutations } from './shop-watch';
import { MAX_BLOCK_CHARS } from '../core/detect';
import { productIdentity } from './product-identity';
import { MAX_FINDINGS } from './wire';

/** More changed lines and added subtrees than this in one flush (nesting dropped): rescan the page. */
export const MUTATION_RESCAN_THRESHOLD_NODES = 150;
/** Only short blocks can be countdowns; longer ones are not read for a clock. */
const COUNTDOWN_MAX_CHARS = 200;

export interface ScannerOptions {
  doc: Document;
  /** Where candidate blocks are analysed (the content script: the background, see analysis.ts). */
  analysis?: Analysis;
  /**
   * For the extension's own pages (the classroom's demo shop): analyse in place with this detector, skip the
   * shop gate and start at once with the default settings (applySettings still pauses or filters).
   */
  detector?: Detector;
  report: (findings: Finding[]) => void;
  /**
   * The page's address is on the curated shop host list (one of the shop gate's signals); a function is asked
   * only when the gate gets that far (matching the address against every host pattern is not free).
   */
  curatedHost?: boolean | (() => boolean);
  /** Visibility of a block with findings; defaults to Element.checkVisibility where it exists. */
  isVisible?: (element: Element) => boolean;
  now?: () => number;
  /** When building this scanner began: the time until it is built counts as the first scan's work. */
  setupStartedAt?: number;
  /** The content script's setup before that (its main(), the gate's wiring): counted in the first scan too. */
  setupMs?: number;
  /** The shop gate already found a shop (shop-watch.ts): the first scan starts without gating again. */
  gate?: ShopGateResult;
}

export type ScannerState = 'waiting' | 'paused' | 'not-shop' | 'scanning' | 'watching' | 'stopped';

export interface PageScanner {
  /** Starts, pauses, resumes or re-filters according to the user's settings. */
  applySettings(settings: PageSettings): void;
  /** The single-page app changed its address: gate and scan the new view. */
  routeChanged(): void;
  /** Reads and analyses the whole page at once, without the shop gate or slices (tests, the classroom). */
  scanNow(): Promise<Finding[]>;
  reveal(blockId: string): boolean;
  stop(): void;
  readonly state: ScannerState;
}

interface Scanned {
  block: PageBlock;
  findings: Finding[];
  visible: boolean;
}

/** A block read from the page, waiting for the analysis of its text. */
interface Candidate {
  block: PageBlock;
}
const HAS_WORDS = /\p{L}/u;
const HAS_DIGIT = /\d/;

/** A block as the analysis gets it: its text (cut at MAX_BLOCK_CHARS) and layout facts. */
function textBlockOf(block: PageBlock): TextBlock {
  return {
    id: block.id,
    text: block.text.length > MAX_BLOCK_CHARS ? block.text.slice(0, MAX_BLOCK_CHARS) : block.text,
    ...(block.layout ? { layout: block.layout } : {}),
  };
}

/** Adds findings to a map of findings by block id. */
function collect(byId: Map<string, Finding[]>, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const list = byId.get(finding.blockId);
    if (list) list.push(finding);
    else byId.set(finding.blockId, [finding]);
  }
}

function defaultIsVisible(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return typeof check === 'function'
    ? check.call(element, { checkVisibilityCSS: true, visibilityProperty: true })
    : true;
}

function insideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n;) {
    if (n.nodeType === 1 && isSkippedElement(n as Element)) return true;
    const parent: Node | null = n.parentNode;
    n = parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : parent;
  }
  return false;
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  for (let n = node.parentNode; n; n = n.parentNode) if (set.has(n)) return true;
  return false;
}

export function startPageScanner(options: ScannerOptions): PageScanner {
  const { doc, report } = options;
  const ownPage = options.analysis === undefined && options.detector !== undefined;
  const analysis = options.analysis ?? localAnalysis(options.detector!);
  const now = options.now ?? (() => performance.now());
  const isVisible = options.isVisible ?? defaultIsVisible;
  const host = doc.location?.hostname ?? '';
  const scheduler = createIdleScheduler(now);
  /** Re-showing findings after a settings change. */
  const reshow = createIdleScheduler(now);
  const highlighter = createHighlighter();
  const countdowns = createCountdownTracker(now);
  const touches = createUserTouchTracker(doc);
  const exits = createExitTracker(doc, now);

  let settings: PageSettings | null = null;
  let state: ScannerState = 'waiting';
  /** Bumped by every reset: analysis results of an older epoch are dropped. */
  let epoch = 0;
  /** Blocks with findings, by block id, in the order found. */
  let scanned = new Map<string, Scanned>();
  /** Block ids with findings, by the element they were read from. */
  let byElement = new Map<Element, string[]>();
  let lastReportKey: string | null = null;
  let lastGate: ShopGateResult | null = null;
  /** The gate's answer handed over by the content script, for the first start only. */
  let givenGate = options.gate;
  let routeTimer: ReturnType<typeof setTimeout> | undefined;
  let stopRecheck: (() => void) | null = null;
  /** The content script's setup before the first scan (counted once, in the first scan's measure). */
  let setupMs = 0;
  let lastSetupMs = 0;

  // ---- findings, highlights, report ----------------------------------------------------------------

  const forget = (blockId: string): void => {
    const entry = scanned.get(blockId);
    if (!entry) return;
    scanned.delete(blockId);
    const ids = byElement.get(entry.block.element);
    if (ids) {
      const rest = ids.filter((id) => id !== blockId);
      if (rest.length > 0) byElement.set(entry.block.element, rest);
      else byElement.delete(entry.block.element);
    }
    highlighter.set(blockId, []);
  };

  const forgetElement = (element: Element): void => {
    for (const id of byElement.get(element) ?? []) forget(id);
  };

  const show = (entry: Scanned): void => {
    const shown = entry.visible && settings ? visibleFindings(entry.findings, settings) : [];
    highlighter.set(
      entry.block.id,
      shown.map((f) => ({ block: entry.block, start: f.span.start, end: f.span.end })),
    );
  };

  const findingCount = (): number => {
    let count = 0;
    for (const entry of scanned.values()) count += entry.findings.length;
    return count;
  };

  const sendReport = (force = false): void => {
    const findings: Finding[] = [];
    if (settings && (state === 'scanning' || state === 'watching')) {
      // The report carries at most MAX_FINDINGS (wire.ts): a page with 10,000 findings costs no more than that.
      for (const entry of scanned.values()) {
        if (findings.length >= MAX_FINDINGS) break;
        if (entry.visible) findings.push(...visibleFindings(entry.findings, settings));
      }
      findings.length = Math.min(findings.length, MAX_FINDINGS);
    }
    const key = findings.map((f) => `${f.blockId}:${f.tactic}:${f.span.start}`).join('|');
    if (!force && key === lastReportKey) return;
    lastReportKey = key;
    report(findings);
  };

  // ---- layout facts, analysis ------------------------------------------------------------------------

  const preTickedOf = (reader: BlockReader): Set<Element> | null => {
    if (reader.tickedBoxes.length === 0) return null;
    const elements = new Set<Element>();
    for (const box of reader.tickedBoxes) {
      const label = touches.tickedByPage(box) ? labelOf(box) : null;
      const element = label && blockElementOf(label);
      if (element) elements.add(element);
    }
    return elements;
  };

  // Computed styles only where a stylesheet alone may strike a price (styleTexts: lines with two prices, a
  // bounded number of reads); everywhere else the markup signs (tag, inline style, strike class, was hint,
  // aria-label) decide: reading the computed style of every price element would cost more than the scan.
  const pairOptions = (input: PairInput) => ({ ...input, isVisible, computedStyle: false });
  const pairRoot = (): Element => doc.body ?? doc.documentElement;

  /** Adds price pairs to `into` as layout facts by block element; returns how many. */
  const addPairs = (pairs: PricePair[], into: Map<Element, LayoutFacts>): number => {
    for (const [element, facts] of layoutFactsByBlock(pairs, blockElementOf)) {
      into.set(element, mergeLayoutFacts(into.get(element), facts));
    }
    return pairs.length;
  };

  /** Price pairs among the blocks' price texts, all at once (a mutation's subtree, scanNow). */
  const pairLayouts = (blocks: readonly PageBlock[]): Map<Element, LayoutFacts> | null => {
    const input = pricePairInput(blocks);
    if (!input) return null;
    const into = new Map<Element, LayoutFacts>();
    addPairs(findPricePairs(pairRoot(), pairOptions(input)), into);
    return into.size > 0 ? into : null;
  };

  /**
   * Layout facts of a block; a block with words or a fact goes to the analysis (null: nothing to analyse).
   * `pairs` are the price pairs' facts by block element: the first block of an element takes them.
   */
  const screen = (
    block: PageBlock,
    preTicked: Set<Element> | null,
    appeared: boolean,
    pairs?: Map<Element, LayoutFacts> | null,
  ): Candidate | null => {
    let layout: LayoutFacts | undefined = block.struck ? { struckPrices: block.struck } : undefined;
    const fromPairs = pairs?.get(block.element);
    if (fromPairs) {
      layout = mergeLayoutFacts(layout, fromPairs);
      pairs!.delete(block.element);
    }
    if (
      block.text.length <= COUNTDOWN_MAX_CHARS &&
      HAS_DIGIT.test(block.text) &&
      countdowns.read(block.element, block.text)
    ) {
      layout = { ...layout, tickingCountdown: true };
    }
    if (preTicked?.has(block.element) && isAddOnLabel(block.text)) layout = { ...layout, preTicked: true };
    if (appeared) layout = { ...layout, appearedOnExit: true };
    block.layout = layout;
    return layout || HAS_WORDS.test(block.text) ? { block } : null;
  };

  /**
   * Sends candidates off for analysis in batches, one after another (the next once the previous is answered:
   * the background analyses them one at a time anyway, and the page never serialises them all in one task);
   * resolves with their findings by block id. A batch that fails counts as one without findings.
   */
  const analyse = async (candidates: Candidate[], productKey?: string): Promise<Map<string, Finding[]>> => {
    const byId = new Map<string, Finding[]>();
    if (candidates.length === 0) return byId;
    for (const batch of batches(candidates.map(({ block }) => textBlockOf(block)))) {
      let found: Finding[] = [];
      try {
        found = await analysis.analyse(batch, productKey);
      } catch {
        // The background is gone or restarting: no findings for this batch.
      }
      collect(byId, found);
    }
    return byId;
  };

  /** An entry for an analysed block with findings (visibility checked now), kept by block id and element. */
  const keep = (block: PageBlock, findings: Finding[]): Scanned => {
    const entry: Scanned = { block, findings, visible: isVisible(block.element) };
    scanned.set(block.id, entry);
    const ids = byElement.get(block.element);
    if (ids) ids.push(block.id);
    else byElement.set(block.element, [block.id]);
    return entry;
  };

  /** Keeps the analysed candidates that have findings; `replace` drops what was known of their elements. */
  const apply = (candidates: Candidate[], findings: Map<string, Finding[]>, replace: boolean): void => {
    if (replace) {
      const forgotten = new Set<Element>();
      for (const { block } of candidates) {
        if (forgotten.has(block.element)) continue;
        forgotten.add(block.element);
        forgetElement(block.element);
      }
    }
    // Every visibility first, every highlight after: a highlight between two checks would make the next
    // check recompute style.
    const added: Scanned[] = [];
    for (const { block } of candidates) {
      const found = findings.get(block.id);
      if (!found || found.length === 0 || !block.element.isConnected) continue;
      added.push(keep(block, found));
    }
    for (const entry of added) show(entry);
  };

  // ---- observers ---------------------------------------------------------------------------------------

  let pendingNodes: Node[] = [];
  let pendingRemovals = false;
  let pendingAttributes = false;
  let callbackMs = 0;
  let flushScheduled = false;
  const observed = new Set<Node>();

  const scheduleFlush = (): void => {
    if (flushScheduled || state !== 'watching') return;
    flushScheduled = true;
    scheduler.run(flush);
  };

  const onMutations = (records: MutationRecord[]): void => {
    // Never scan here: queue what changed and flush on idle.
    const start = now();
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) pendingNodes.push(node);
        if (record.removedNodes.length > 0) {
          pendingRemovals = true;
          for (const node of record.removedNodes) {
            if (node.nodeType === 3 || (node.nodeType === 1 && isInlineElement(node as Element))) {
              pendingNodes.push(record.target);
              break;
            }
          }
        }
      } else if (record.type === 'characterData') {
        pendingNodes.push(record.target);
      } else {
        pendingAttributes = true;
      }
    }
    callbackMs += now() - start;
    if (pendingNodes.length > 0 || (pendingAttributes && hasHidden())) scheduleFlush();
  };
  const hasHidden = (): boolean => {
    for (const entry of scanned.values()) if (!entry.visible) return true;
    return exits.recent();
  };
  const observer = new MutationObserver(onMutations);
  const OBSERVED: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden'],
  };
  const observe = (scope: Node): void => {
    if (observed.has(scope)) return;
    observed.add(scope);
    observer.observe(scope.nodeType === 9 ? ((scope as Document).body ?? scope) : scope, OBSERVED);
  };

  /** Not a shop after a route change: a few more looks when the content changes (shop-watch.ts). */
  const recheckGate = (): void => {
    stopRecheck?.();
    stopRecheck = recheckOnMutations(doc, () => {
      if (state !== 'not-shop') return;
      const startedAt = now();
      gateInSlices((result) => {
        if (state !== 'not-shop' || !result.shop) return;
        stopRecheck?.();
        stopRecheck = null;
        beginScan(startedAt, result.ms);
      });
    });
  };

  const reset = (): void => {
    epoch++;
    scheduler.cancel();
    reshow.cancel();
    observer.disconnect();
    observed.clear();
    stopRecheck?.();
    stopRecheck = null;
    pendingNodes = [];
    pendingRemovals = pendingAttributes = false;
    flushScheduled = false;
    callbackMs = 0;
    highlighter.clear();
    scanned = new Map();
    byElement = new Map();
  };

  // ---- the first scan ----------------------------------------------------------------------------------

  /**
   * Runs the shop gate at idle, in as many slices as it needs (createShopGate), then `decided` with its answer
   * (kept as lastGate). The classroom's own page is a shop; `given` is the content script's answer (shop-watch.ts).
   */
  const gateInSlices = (decided: (result: ShopGateResult) => void, given?: ShopGateResult): void => {
    const shopGate: ShopGate =
      given?.shop || ownPage
        ? { step: () => given ?? { shop: true, signal: 'none', ms: 0, overBudget: false } }
        : createShopGate(doc, { curatedHost: options.curatedHost ?? false, now });
    finishGateAtIdle(shopGate, scheduler, (result) => {
      lastGate = result;
      decided(result);
    });
  };

  /** Scans the whole page in idle slices; `startedAt` is when the work began, `busy` what it cost so far. */
  const beginScan = (startedAt: number, busy: number): void => {
    state = 'scanning';
    const mine = epoch;
    const root = doc.body ?? doc.documentElement;
    const reader = createBlockReader(root);
    let blocks: PageBlock[] = [];
    const candidates: Candidate[] = [];
    let preTicked: Set<Element> | null = null;
    const pairs = new Map<Element, LayoutFacts>();
    /** The pairing under way, a step at a time (undefined: not begun; null: done). */
    let pairing: Generator<void, PricePair[]> | null | undefined;
    let inputSteps: Generator<void, PairInput | null> | undefined;
    let productKey: string | undefined;
    let pairCount = 0;
    let next = 0;
    let phase: 'read' | 'pairs' | 'product' | 'screen' | 'send' | 'visible' | 'show' = 'read';
    // send: the message being built (from candidates[sent]) and the findings of the answers so far
    const findings = new Map<string, Finding[]>();
    let sent = 0;
    let message: TextBlock[] = [];
    let messageChars = 0;
    // apply: candidates[checked] is the next to look at, added[shown] the next to highlight
    let checked = 0;
    const added: Scanned[] = [];
    let shown = 0;
    let finished = false;
    const analysedBefore = analysis.pageMs ?? 0;
    let slices = 0;
    let longestSlice = 0;
    let chars = 0;
    observe(root.ownerDocument!);
    let prepared = false;
    /** When each slice ran: the bench finds the tasks that held the scan's own work. */
    const sliceTimes: Array<[number, number]> = [];
    const account = (ms: number): void => {
      busy += ms;
      slices++;
      longestSlice = Math.max(longestSlice, ms);
      sliceTimes.push([Math.round((now() - ms) * 10) / 10, Math.round(ms * 10) / 10]);
    };

    const phaseMs = { read: 0, pairs: 0, product: 0, screen: 0, send: 0, answers: 0, apply: 0, report: 0 };
    const step = (shouldYield: ShouldYield): boolean => {
      let t = now();
      const lap = (name: keyof typeof phaseMs): void => {
        const t2 = now();
        phaseMs[name] += t2 - t;
        t = t2;
      };
      if (phase === 'read') {
        for (const block of reader.read(shouldYield)) {
          blocks.push(block);
          chars += block.text.length;
        }
        lap('read');
        if (!reader.done) return false;
        preTicked = preTickedOf(reader);
        phase = 'pairs';
        // Price pairs start a slice of their own: their cost is one call over the blocks that show a price.
        return false;
      }
      if (phase === 'pairs') {
        // A step of the search at a time (pricePairSteps), until the slice is used up.
        if (pairing === undefined) {
          // First the price texts of the blocks (in steps too: a page may have tens of thousands of blocks).
          inputSteps ??= pricePairInputSteps(blocks);
          for (let step = inputSteps.next(); ; step = inputSteps.next()) {
            if (step.done) {
              pairing = step.value ? pricePairSteps(pairRoot(), pairOptions(step.value)) : null;
              break;
            }
            if (shouldYield()) {
              lap('pairs');
              return false;
            }
          }
        }
        while (pairing) {
          const paired = pairing.next();
          if (paired.done) {
            pairCount += addPairs(paired.value, pairs);
            pairing = null;
          } else if (shouldYield()) {
            lap('pairs');
            return false;
          }
        }
        lap('pairs');
        phase = 'product';
        if (shouldYield()) return false;
      }
      if (phase === 'product') {
        // The product this page shows, for the price memory of the analysis (JSON-LD, og:url, the address).
        if (!ownPage) productKey = productIdentity(root.ownerDocument ?? (root as unknown as Document))?.key;
        lap('product');
        phase = 'screen';
        if (shouldYield()) return false;
      }
      if (phase === 'screen') {
        while (next < blocks.length) {
          const candidate = screen(blocks[next++]!, preTicked, false, pairs);
          if (candidate) candidates.push(candidate);
          if ((next & 15) === 0 && shouldYield()) {
            lap('screen');
            return false;
          }
        }
        lap('screen');
        blocks = [];
        phase = 'send';
        if (shouldYield()) return false;
      }
      if (phase === 'send') {
        // One message at a time: built within the slice, sent at the start of a slice, the next one built once
        // the answer is back (the scan's run ends meanwhile; the answer starts it again).
        while (sent < candidates.length) {
          const block = textBlockOf(candidates[sent]!.block);
          if (
            message.length > 0 &&
            (messageChars + block.text.length > ANALYSIS_BATCH_CHARS || message.length >= ANALYSIS_BATCH_BLOCKS)
          ) {
            break;
          }
          message.push(block);
          messageChars += block.text.length;
          sent++;
          if ((sent & 15) === 0 && shouldYield()) {
            lap('send');
            return false;
          }
        }
        if (message.length > 0) {
          // Building it took the slice: send it in the next one.
          if (shouldYield()) {
            lap('send');
            return false;
          }
          const batch = message;
          message = [];
          messageChars = 0;
          const resume = (found: Finding[]): void => {
            if (mine !== epoch) return;
            collect(findings, found);
            scheduler.run(step, onSlice);
          };
          analysis.analyse(batch, productKey).then(resume, () => resume([]));
          lap('send');
          return true;
        }
        phase = 'visible';
        if (shouldYield()) return false;
      }
      if (phase === 'visible') {
        // Every visibility first, every highlight after (a highlight between two checks would make the next
        // check recompute style), a few at a time.
        while (checked < candidates.length) {
          const { block } = candidates[checked++]!;
          const found = findings.get(block.id);
          if (!found || found.length === 0 || !block.element.isConnected) continue;
          added.push(keep(block, found));
          if ((added.length & 3) === 0 && shouldYield()) {
            lap('apply');
            return false;
          }
        }
        phase = 'show';
        lap('apply');
        if (shouldYield()) return false;
      }
      // show: the highlights, added to the page's highlight a block at a time (up to MAX_HIGHLIGHTED_FINDINGS).
      // The highlight style goes in only now, after every visibility check (a style change before one would
      // make it recompute the page's style) and only when there is something to highlight.
      if (!prepared && added.length > 0) {
        prepared = true;
        highlighter.prepare(root.ownerDocument!);
      }
      while (shown < added.length) {
        show(added[shown++]!);
        if ((shown & 7) === 0 && shouldYield()) {
          lap('apply');
          return false;
        }
      }
      lap('apply');
      // Validating the answers ran in the messages' own tasks: it counts as this scan's work.
      const answers = (analysis.pageMs ?? 0) - analysedBefore;
      phaseMs.answers += answers;
      busy += answers;
      for (const scope of reader.scopes) observe(scope);
      state = 'watching';
      sendReport(true);
      lap('report');
      finished = true;
      return true;
    };

    const onSlice = (ms: number): void => {
      account(ms);
      if (!finished) return;
      publishTiming('scan', startedAt, busy, {
        shop: true,
        signal: lastGate?.signal ?? 'none',
        gateMs: lastGate?.ms ?? 0,
        setupMs: lastSetupMs,
        blocks: next,
        chars,
        candidates: candidates.length,
        findings: findingCount(),
        highlighted: highlighter.size,
        pairs: pairCount,
        productKey: productKey !== undefined,
        slices,
        longestSliceMs: longestSlice,
        wallMs: now() - startedAt,
        candidateChars: candidates.reduce((n, c) => n + c.block.text.length, 0),
        sliceTimes,
        ...Object.fromEntries(Object.entries(phaseMs).map(([k, v]) => [`${k}Ms`, Math.round(v * 10) / 10])),
      });
      // What changed while the scan ran (it was observed from the start) is read now.
      if (mine === epoch && (pendingNodes.length > 0 || pendingAttributes)) scheduleFlush();
    };

    scheduler.run(step, onSlice);
  };

  const start = (): void => {
    const given = givenGate;
    givenGate = undefined;
    const startedAt = now();
    const setup = setupMs;
    setupMs = 0;
    lastSetupMs = setup;
    // Gated by the content script already (shop-watch.ts): its answer, and its time in this first scan.
    gateInSlices((result) => {
      if (result.shop) {
        beginScan(startedAt, result.ms + setup);
        return;
      }
      const reportStartedAt = now();
      state = 'not-shop';
      recheckGate();
      sendReport(true);
      publishTiming('scan', startedAt, result.ms + (now() - reportStartedAt) + setup, {
        shop: false,
        setupMs: setup,
        signal: 'none',
        gateMs: result.ms,
        overBudget: result.overBudget,
        blocks: 0,
        findings: 0,
      });
    }, given);
  };

  // ---- mutations ----------------------------------------------------------------------------------------

  function flush(): boolean {
    flushScheduled = false;
    if (state !== 'watching') return true;
    const start = now();
    const mine = epoch;
    const nodes = pendingNodes;
    const removals = pendingRemovals;
    const attributes = pendingAttributes;
    let busy = callbackMs;
    pendingNodes = [];
    pendingRemovals = pendingAttributes = false;
    callbackMs = 0;

    // Which lines changed (re-read alone) and which subtrees came in (read whole), nesting dropped.
    const subtrees = new Set<Node>();
    const lines = new Set<Element>();
    for (const node of nodes) {
      if (!node.isConnected) continue;
      if (node.nodeType === 1 && !isInlineElement(node as Element)) subtrees.add(node);
      else if (node.nodeType === 1 || node.nodeType === 3) {
        const element = blockElementOf(node);
        if (element) lines.add(element);
      }
    }
    const roots = [...subtrees].filter((node) => !hasAncestorIn(node, subtrees) && !insideSkipped(node));
    const ownLines = [...lines].filter(
      (element) => !subtrees.has(element) && !hasAncestorIn(element, subtrees) && !insideSkipped(element),
    );

    if (roots.length + ownLines.length > MUTATION_RESCAN_THRESHOLD_NODES) {
      busy += now() - start;
      reset();
      beginScan(start, busy);
      return true;
    }

    {
      const t0 = now();
      const appeared = exits.recent();
      const candidates: Candidate[] = [];
      // Lines whose text is gone still lose their old findings.
      const emptied: Element[] = [];
      let blockCount = 0;
      for (const element of ownLines) {
        const block = readOwnBlock(element);
        blockCount++;
        const candidate = block && screen(block, null, false);
        if (candidate) candidates.push(candidate);
        else emptied.push(element);
      }
      for (const root of roots) {
        const reader = createBlockReader(root);
        const blocks = reader.read();
        const preTicked = preTickedOf(reader);
        // Price pairs of the added subtree: among its own price texts, in proportion to it.
        const pairs = pairLayouts(blocks);
        blockCount += blocks.length;
        for (const block of blocks) {
          const candidate = screen(block, preTicked, appeared, pairs);
          if (candidate) candidates.push(candidate);
          else emptied.push(block.element);
        }
        for (const scope of reader.scopes) observe(scope);
      }
      for (const element of emptied) forgetElement(element);
      // Proportional to the findings, not the page: drop blocks that left the document.
      if (removals) {
        for (const [id, entry] of scanned) if (!entry.block.element.isConnected) forget(id);
      }
      // A block with findings that was hidden may have been shown (a popup opened by a class or style).
      if (attributes) {
        for (const entry of scanned.values()) {
          if (entry.visible || !isVisible(entry.block.element)) continue;
          if (appeared) {
            const candidate = screen(entry.block, null, true);
            if (candidate) candidates.push(candidate);
          } else {
            entry.visible = true;
            show(entry);
          }
        }
      }
      busy += now() - t0;
      const done = (t1: number): void => {
        busy += now() - t1;
        sendReport();
        publishTiming('mutation', start, busy, {
          nodes: nodes.length,
          roots: roots.length,
          lines: ownLines.length,
          blocks: blockCount,
          candidates: candidates.length,
          findings: findingCount(),
        });
      };
      if (candidates.length === 0) {
        done(now());
      } else {
        void analyse(candidates).then((findings) => {
          if (mine !== epoch) return;
          const t1 = now();
          apply(candidates, findings, true);
          done(t1);
        });
      }
    }
    busy += now() - start;
    return true;
  }

  // ---- control --------------------------------------------------------------------------------------------

  const pause = (): void => {
    reset();
    // Paused before the first scan: the gate's answer may be stale by the time the site is resumed.
    givenGate = undefined;
    state = 'paused';
    sendReport(true);
  };

  setupMs =
    (options.setupMs ?? 0) + (options.setupStartedAt === undefined ? 0 : Math.max(0, now() - options.setupStartedAt));
  if (ownPage) {
    settings = DEFAULT_PAGE_SETTINGS;
    start();
  }

  return {
    get state() {
      return state;
    },
    applySettings(next) {
      if (state === 'stopped') return;
      const wasRunning = state !== 'waiting' && state !== 'paused';
      settings = next;
      // A sheet's text, not the ranges: 'none' draws nothing and reports the same.
      setHighlightStyle(next.highlightStyle);
      if (isHostPaused(host, next.pausedSites)) {
        if (state !== 'paused') pause();
        return;
      }
      if (!wasRunning) {
        start();
        return;
      }
      // Same page, other filters: re-show what was found, no new reading, in idle slices (a page may have
      // 10,000 findings); its own scheduler, so a scan or a mutation flush under way goes on.
      const entries = [...scanned.values()];
      let shown = 0;
      reshow.run((shouldYield) => {
        while (shown < entries.length) {
          const entry = entries[shown++]!;
          // A block forgotten meanwhile (a mutation removed it) stays unshown.
          if (scanned.get(entry.block.id) === entry) show(entry);
          if ((shown & 31) === 0 && shouldYield()) return false;
        }
        sendReport();
        return true;
      });
    },
    routeChanged() {
      if (state === 'stopped' || state === 'paused' || state === 'waiting') return;
      clearTimeout(routeTimer);
      reset();
      state = 'scanning';
      sendReport(true);
      routeTimer = setTimeout(start, ROUTE_SETTLE_MS);
    },
    async scanNow() {
      reset();
      const mine = epoch;
      settings ??= DEFAULT_PAGE_SETTINGS;
      const root = doc.body ?? doc.documentElement;
      const reader = createBlockReader(root);
      const blocks = reader.read();
      const preTicked = preTickedOf(reader);
      const pairs = pairLayouts(blocks);
      const productKey = ownPage ? undefined : productIdentity(doc)?.key;
      const candidates = blocks.flatMap((block) => screen(block, preTicked, false, pairs) ?? []);
      const findings = await analyse(candidates, productKey);
      if (mine !== epoch) return [];
      apply(candidates, findings, false);
      state = 'watching';
      observe(root.ownerDocument!);
      for (const scope of reader.scopes) observe(scope);
      sendReport(true);
      return [...scanned.values()].filter((e) => e.visible).flatMap((e) => visibleFindings(e.findings, settings!));
    },
    reveal(blockId) {
      const entry = scanned.get(blockId);
      const finding = entry?.findings[0];
      if (!entry || !finding) return false;
      flash({ block: entry.block, start: finding.span.start, end: finding.span.end });
      return true;
    },
    stop() {
      clearTimeout(routeTimer);
      reset();
      touches.stop();
      exits.stop();
      state = 'stopped';
    },
  };
}
