// Length-preserving text folding: every index in the folded text is the same index in the original, so a
// match on the folded text quotes the original exactly.

const CHAR_MAP: Record<string, string> = {
  '\u00a0': ' ', // no-break space
  '\u2009': ' ', // thin space
  '\u202f': ' ', // narrow no-break space
  '\u2007': ' ', // figure space
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-', // minus sign
  '\uff0c': ',', // full-width comma
  '\uff1a': ':', // full-width colon
  '\uff01': '!',
  '\uff1f': '?',
  '\uff05': '%',
  '\uffe5': '¥', // full-width yen
};

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

function foldChar(char: string): string {
  const mapped = CHAR_MAP[char];
  if (mapped !== undefined) return mapped;
  const code = char.charCodeAt(0);
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
    return String.fromCharCode(code - FULL_WIDTH_OFFSET).toLowerCase();
  }
  const lower = char.toLowerCase();
  // Some characters lower-case to two code units ('İ'); keep the original so indices still line up.
  return lower.length === char.length ? lower : char;
}

/** Lower case and unify look-alike punctuation, keeping the length (and so every index) unchanged. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}
