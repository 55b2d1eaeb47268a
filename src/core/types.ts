import type { Family, Lang, Severity } from './vocabulary';
import type { Fact } from './facts';

/** What the DOM adapter (src/page) saw that text alone cannot tell. */
export interface LayoutFacts {
  /** Prices drawn struck through (del, s, line-through) near this block, as the page wrote them. */
  struckPrices?: string[];
  /** The live price of the same product, as the page wrote it. */
  livePrice?: string;
  /** A countdown whose digits went down between two reads. */
  tickingCountdown?: boolean;
  /** A checkbox for an add-on or subscription that the page ticked before the user did. */
  preTicked?: boolean;
  /** This block appeared after the pointer left the window or after a first offer was dismissed. */
  appearedOnExit?: boolean;
}

/** A run of visible text: a DOM block, a corpus line or a command-line record. */
export interface TextBlock {
  id: string;
  text: string;
  /** The language when known; detected per block otherwise. */
  lang?: Lang;
  layout?: LayoutFacts;
}

export interface Span {
  start: number;
  end: number;
}

export interface Finding {
  tactic: string;
  family: Family;
  severity: Severity;
  blockId: string;
  /** The language of the cue that matched. */
  lang: Lang;
  /** The quoted text, exactly `block.text.slice(span.start, span.end)`. */
  evidence: string;
  span: Span;
  /** The sentence around the evidence, for people to read (at most EXCERPT_MAX_CHARS of it). */
  excerpt: string;
  facts: Fact[];
}

/** Explanation of one tactic in one language: shown in the popup and the classroom. */
export interface Explanation {
  /** Short name of the tactic, e.g. "Free gift with purchase". */
  name: string;
  /** What the page shows, in one sentence. */
  what: string;
  /** Why it works on people: two or three sentences. */
  why: string;
  /** Where the why comes from (a study or book). */
  source: string;
  /** One to three questions a shopper can ask before buying. */
  questions: string[];
}

export interface Examples {
  /** Texts this tactic must flag. */
  flagged: string[];
  /** Texts it must not flag: hard negatives among them. */
  clean: string[];
}

/** Context handed to a tactic's `fromLayout` and `facts` hooks. */
export interface CueContext {
  block: TextBlock;
  lang: Lang;
}

export interface TacticDefinition {
  /** Stable id, equal to the file name in src/tactics/. Settings store it. */
  id: string;
  family: Family;
  severity: Severity;
  /**
   * The cheap lexical gate, per language: lower-case substrings of which at least one must occur in the
   * folded text before the cues run. The catalogue test checks every flagged example passes it.
   */
  keywords: Record<Lang, readonly string[]>;
  /** Regular expressions over the folded text (lower case, see core/fold.ts). Linear-time only. */
  cues: Record<Lang, readonly RegExp[]>;
  /**
   * Heavier rewrites worth trying when the cues miss as written, by normalizer id (e.g. 'number-words': "only
   * three left" read as "only 3 left"). Opt-in, because each costs about a millisecond per block.
   */
  normalizers?: readonly string[];
  /** Hard negatives: a cue match that overlaps one of these is dropped. */
  exceptions?: Partial<Record<Lang, readonly RegExp[]>>;
  /** A finding from what the layout showed (struck price, ticking countdown), whatever the words. */
  /** `folded` is the block's text folded (lower case), for a layout fact that needs words to go with it. */
  fromLayout?: (layout: LayoutFacts, folded: string) => boolean;
  /** Computed facts for a match (discount, extra spend). */
  facts?: (evidenceBlock: string, context: CueContext) => Fact[];
  explanation: Record<Lang, Explanation>;
  examples: Record<Lang, Examples>;
}

export function defineTactic(definition: TacticDefinition): TacticDefinition {
  return definition;
}
