import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/core/detect';
import { defineTactic } from '../../src/core/types';
import { englishNumberWords, numberWordsToDigits } from '../../src/nlp/english-numbers';

const prose = { name: 'n', what: 'w', why: 'y', source: 's', questions: ['q?'] };
const none = { flagged: [], clean: [] };
const digitsOnly = defineTactic({
  id: 'digits-left',
  family: 'scarcity',
  severity: 'medium',
  normalizers: ['number-words'],
  keywords: { en: ['left'], zh: ['剩'], fi: ['jäljellä'] },
  cues: { en: [/\bonly \d{1,6} left\b/], zh: [/仅剩\d{1,6}/], fi: [/\d{1,6} jäljellä/] },
  explanation: { en: prose, zh: prose, fi: prose },
  examples: { en: none, zh: none, fi: none },
});

describe('English number words', () => {
  it('become digits, with an index map back to the original', () => {
    const n = numberWordsToDigits('Only twenty-five left!')!;
    expect(n.text).toBe('Only 25 left!');
    expect(n.toOriginal).toHaveLength(n.text.length + 1);
    expect(n.toOriginal[5]).toBe(5);
    expect(n.toOriginal[7]).toBe(16);
    expect(numberWordsToDigits('Nothing to change here')).toBeNull();
  });

  it('let a digit cue match, quoting the original words', () => {
    const plain = createDetector([digitsOnly]);
    const thorough = createDetector([digitsOnly], { normalizers: [englishNumberWords] });
    const text = 'Hurry: only three left in our store.';
    expect(plain.detectBlock({ id: 'b', text })).toEqual([]);
    const [finding] = thorough.detectBlock({ id: 'b', text });
    expect(finding?.evidence).toBe('only three left');
    expect(text.slice(finding!.span.start, finding!.span.end)).toBe(finding!.evidence);
  });

  it('keeps the punctuation after a number word', () => {
    expect(numberWordsToDigits('I ordered the black one. Then two more.')?.text).toBe(
      'I ordered the black 1. Then 2 more.',
    );
  });

  it('helps only the tactics that opt in', () => {
    const optedOut = createDetector([{ ...digitsOnly, normalizers: [] }], { normalizers: [englishNumberWords] });
    expect(optedOut.detectBlock({ id: 'b', text: 'only three left' })).toEqual([]);
  });

  it('is not consulted when the text has no number word', () => {
    expect(englishNumberWords.applies('only a few left')).toBe(false);
    expect(englishNumberWords.applies('only two left')).toBe(true);
  });
});
