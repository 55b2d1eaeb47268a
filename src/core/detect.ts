// The detection pipeline, pure (no DOM, no browser APIs):
//   block text -> fold (lower case, same length) -> language (given or detected)
//   -> keyword gate (one trie pass) -> cues of the candidate tactics only (linear-time regular expressions)
//   -> drop matches overlapping a tactic's exceptions -> facts (prices, spend) -> findings.
// Layout facts read by src/page (struck prices, ticking countdowns, pre-ticked boxes) add findings that the
// words alone do not show.

import { fold } from './fold';
import { createKeywordGate, type KeywordGate } from './keyword-gate';
import { detectLanguage } from './language';
import type { Finding, Span, TacticDefinition, TextBlock } from './types';
import { LANGS, type Lang } from './vocabulary';

/** Longest stretch of one block that is analysed; the rest of a giant block is not read. */
export const MAX_BLOCK_CHARS = 8_000;

interface CompiledTactic {
  definition: TacticDefinition;
  cues: Record<Lang, RegExp[]>;
  exceptions: Record<Lang, RegExp[]>;
}

function globalCopy(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
}

function compile(definition: TacticDefinition): CompiledTactic {
  const cues = {} as Record<Lang, RegExp[]>;
  const exceptions = {} as Record<Lang, RegExp[]>;
  for (const lang of LANGS) {
    cues[lang] = (definition.cues[lang] ?? []).map(globalCopy);
    exceptions[lang] = (definition.exceptions?.[lang] ?? []).map(globalCopy);
  }
  return { definition, cues, exceptions };
}

/** How far an excerpt reaches on each side of the evidence. */
export const EXCERPT_REACH_CHARS = 120;
const SENTENCE_END = /[.!?\n\u3002\uff01\uff1f]/;

/** The sentence around a span, whitespace collapsed: what the popup quotes. */
export function excerptOf(text: string, span: Span): string {
  let start = span.start;
  const minStart = Math.max(0, span.start - EXCERPT_REACH_CHARS);
  while (start > minStart && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = span.end;
  const maxEnd = Math.min(text.length, span.end + EXCERPT_REACH_CHARS);
  while (end < maxEnd && !SENTENCE_END.test(text[end - 1]!)) end++;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function spansOf(patterns: RegExp[], folded: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return spans;
}

/** The first cue match that no exception overlaps. */
function firstMatch(tactic: CompiledTactic, lang: Lang, folded: string): Span | null {
  const excluded = spansOf(tactic.exceptions[lang], folded);
  let best: Span | null = null;
  for (const pattern of tactic.cues[lang]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const span = { start: m.index, end: m.index + m[0].length };
      if (excluded.some((e) => overlaps(e, span))) continue;
      if (!best || span.start < best.start) best = span;
      break;
    }
  }
  return best;
}

/** Languages whose cues are tried on a block: its own first; Latin-script text also gets the other one. */
function cueLanguages(lang: Lang): Lang[] {
  if (lang === 'zh') return ['zh'];
  return lang === 'en' ? ['en', 'fi'] : ['fi', 'en'];
}

/**
 * A heavier second look at a candidate block whose cues did not match as written (e.g. English number words
 * turned into digits by compromise). It rewrites the text and maps each rewritten index back to the original.
 */
export interface Normalizer {
  /** The id tactics name in `normalizers` to opt in. */
  id: string;
  lang: Lang;
  /** A cheap test on the folded text: whether normalizing could change anything. */
  applies(folded: string): boolean;
  normalize(text: string): NormalizedText | null;
}

export interface NormalizedText {
  text: string;
  /** For each index of `text` (and its length), the index in the original text. */
  toOriginal: readonly number[];
}

export interface DetectorOptions {
  normalizers?: readonly Normalizer[];
}

export interface Detector {
  detect(blocks: readonly TextBlock[]): Finding[];
  detectBlock(block: TextBlock): Finding[];
  readonly tactics: readonly TacticDefinition[];
}

export function createDetector(catalogue: readonly TacticDefinition[], options: DetectorOptions = {}): Detector {
  const normalizers = options.normalizers ?? [];
  const compiled = catalogue.map(compile);
  const gates = {} as Record<Lang, KeywordGate>;
  for (const lang of LANGS) {
    gates[lang] = createKeywordGate(catalogue.map((t) => t.keywords[lang] ?? []));
  }
  const layoutTactics = compiled.filter((t) => t.definition.fromLayout);

  function detectBlock(block: TextBlock): Finding[] {
    const text = block.text.length > MAX_BLOCK_CHARS ? block.text.slice(0, MAX_BLOCK_CHARS) : block.text;
    const folded = fold(text);
    const lang = block.lang ?? detectLanguage(folded);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    const unmatched: Array<[CompiledTactic, Lang]> = [];

    const add = (tactic: CompiledTactic, cueLang: Lang, span: Span): void => {
      seen.add(tactic.definition.id);
      findings.push({
        tactic: tactic.definition.id,
        family: tactic.definition.family,
        severity: tactic.definition.severity,
        blockId: block.id,
        lang: cueLang,
        evidence: text.slice(span.start, span.end),
        span,
        excerpt: excerptOf(text, span),
        facts: tactic.definition.facts?.(text, { block, lang: cueLang }) ?? [],
      });
    };

    for (const cueLang of cueLanguages(lang)) {
      for (const index of gates[cueLang].candidates(folded)) {
        const tactic = compiled[index]!;
        if (seen.has(tactic.definition.id)) continue;
        const span = firstMatch(tactic, cueLang, folded);
        if (span) add(tactic, cueLang, span);
        else unmatched.push([tactic, cueLang]);
      }
    }

    for (const normalizer of normalizers) {
      const pending = unmatched.filter(
        ([t, l]) =>
          l === normalizer.lang && !seen.has(t.definition.id) && t.definition.normalizers?.includes(normalizer.id),
      );
      if (pending.length === 0 || !normalizer.applies(folded)) continue;
      const normalized = normalizer.normalize(text);
      if (!normalized) continue;
      const normalizedFolded = fold(normalized.text);
      for (const [tactic, cueLang] of pending) {
        const span = firstMatch(tactic, cueLang, normalizedFolded);
        if (!span) continue;
        const start = normalized.toOriginal[span.start]!;
        const end = Math.max(start + 1, normalized.toOriginal[span.end]!);
        add(tactic, cueLang, { start, end: Math.min(end, text.length) });
      }
    }

    if (block.layout) {
      for (const tactic of layoutTactics) {
        const id = tactic.definition.id;
        if (seen.has(id) || !tactic.definition.fromLayout!(block.layout, folded)) continue;
        seen.add(id);
        findings.push({
          tactic: id,
          family: tactic.definition.family,
          severity: tactic.definition.severity,
          blockId: block.id,
          lang,
          evidence: text,
          span: { start: 0, end: text.length },
          excerpt: excerptOf(text, { start: 0, end: Math.min(text.length, EXCERPT_REACH_CHARS) }),
          facts: tactic.definition.facts?.(text, { block, lang }) ?? [],
        });
      }
    }
    return findings;
  }

  return {
    tactics: catalogue,
    detectBlock,
    detect(blocks) {
      return blocks.flatMap(detectBlock);
    },
  };
}
