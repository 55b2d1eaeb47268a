import type { Lang } from './vocabulary';

// Per-block language detection, cheap enough for every text block: script first, then Finnish markers.

const HAN = /\p{Script=Han}/u;
const FINNISH_LETTERS = /[äöå]/;
// Frequent Finnish function words and shopping words without ä/ö.
const FINNISH_WORDS =
  /\b(?:ja|on|ei|tai|kun|jos|vain|nyt|saat|osta|tilaa|ilmainen|ilmaiseksi|toimitus|hinta|tuote|tuotteet|alennus|tarjous|kaikki|enää|jäljellä|norm|ovh|kpl|kokeile|maksutta|lahja|lahjan|tilauksiin|asiakasta|osti|tänään|viikolla|vielä|lisää|sisältää)\b/g;
const FINNISH_WORD_THRESHOLD = 2;

export function detectLanguage(text: string): Lang {
  if (HAN.test(text)) return 'zh';
  const lower = text.toLowerCase();
  if (FINNISH_LETTERS.test(lower)) {
    return 'fi';
  }
  const hits = lower.match(FINNISH_WORDS)?.length ?? 0;
  if (hits >= FINNISH_WORD_THRESHOLD) return 'fi';
  // A short text with one Finnish word and no English word: Finnish.
  if (hits === 1 && !/\b(?:the|and|you|your|for|with|of|to|in|a|is|free|buy|get)\b/.test(lower)) return 'fi';
  return 'en';
}
