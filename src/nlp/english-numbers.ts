// English number words to digits, with compromise: "only three left", "twenty-five people are viewing",
// "a dozen sold today". compromise parses the multi-word numbers; this module keeps the index map so a
// finding on the rewritten text still quotes the original. Heavy (about 1 ms a call): the detector runs it
// only on candidate blocks whose cues did not match as written, and never in the content script.
import nlp from 'compromise';
import type { NormalizedText, Normalizer } from '../core/detect';

const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)\b/;

const NUMBER_WORDS = new RegExp(NUMBER_WORD.source, 'gi');

/** compromise reads only this much text on each side of a number word: its cost grows with the text. */
export const NUMBER_WINDOW_CHARS = 40;

interface NumberMatch {
  offset: { start: number; length: number };
  number?: { num?: number };
}

/** Stretches of text around the number words, merged where they touch, ending at word boundaries. */
function windowsAround(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  NUMBER_WORDS.lastIndex = 0;
  for (let m = NUMBER_WORDS.exec(text); m; m = NUMBER_WORDS.exec(text)) {
    let start = Math.max(0, m.index - NUMBER_WINDOW_CHARS);
    let end = Math.min(text.length, m.index + m[0].length + NUMBER_WINDOW_CHARS);
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

function numberMatches(text: string): NumberMatch[] {
  return windowsAround(text).flatMap(([start, end]) =>
    (nlp(text.slice(start, end)).numbers().json({ offset: true }) as NumberMatch[]).map((m) => ({
      ...m,
      offset: { start: m.offset.start + start, length: m.offset.length },
    })),
  );
}

export function numberWordsToDigits(text: string): NormalizedText | null {
  const matches = numberMatches(text);
  let out = '';
  const toOriginal: number[] = [];
  let cursor = 0;
  let changed = false;
  for (const match of matches) {
    const { start } = match.offset;
    let { length } = match.offset;
    // compromise's offsets may take in trailing punctuation ("one."): keep it in the text.
    while (length > 0 && !/[\p{L}\p{N}]/u.test(text[start + length - 1]!)) length--;
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

export const NUMBER_WORDS_NORMALIZER_ID = 'number-words';

export const englishNumberWords: Normalizer = {
  id: NUMBER_WORDS_NORMALIZER_ID,
  lang: 'en',
  applies: (folded) => NUMBER_WORD.test(folded),
  normalize: numberWordsToDigits,
};
