// English number words to digits, with compromise: "only three left", "twenty-five people are viewing",
// "a dozen sold today". compromise parses the multi-word numbers; this module keeps the index map so a
// finding on the rewritten text still quotes the original. Heavy (about 1 ms a call): the detector runs it
// only on candidate blocks whose cues did not match as written, and never in the content script.
import nlp from 'compromise';
import type { NormalizedText, Normalizer } from '../core/detect';

const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)\b/;

interface NumberMatch {
  offset: { start: number; length: number };
  number?: { num?: number };
}

export function numberWordsToDigits(text: string): NormalizedText | null {
  const matches = nlp(text).numbers().json({ offset: true }) as NumberMatch[];
  let out = '';
  const toOriginal: number[] = [];
  let cursor = 0;
  let changed = false;
  for (const match of matches) {
    const { start, length } = match.offset;
    const value = match.number?.num;
    const original = text.slice(start, start + length);
    if (value === undefined || !Number.isFinite(value) || /^\d/.test(original) || start < cursor) continue;
    for (; cursor < start; cursor++) {
      out += text[cursor];
      toOriginal.push(cursor);
    }
    const digits = String(value);
    for (let i = 0; i < digits.length; i++) toOriginal.push(start);
    out += digits;
    cursor = start + length;
    changed = true;
  }
  if (!changed) return null;
  for (; cursor < text.length; cursor++) {
    out += text[cursor];
    toOriginal.push(cursor);
  }
  toOriginal.push(text.length);
  // An index just past a rewritten number maps to the end of the original words.
  for (let i = 1; i < toOriginal.length; i++) {
    if (toOriginal[i]! < toOriginal[i - 1]!) toOriginal[i] = toOriginal[i - 1]!;
  }
  return { text: out, toOriginal };
}

export const englishNumberWords: Normalizer = {
  lang: 'en',
  applies: (folded) => NUMBER_WORD.test(folded),
  normalize: numberWordsToDigits,
};
