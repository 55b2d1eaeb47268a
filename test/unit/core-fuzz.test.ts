// Property-based tests: whatever the text, the detector never throws, finishes quickly, and every span is
// inside the text and quotes its evidence exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/fold';
import { detector } from '../../src/tactics';

/** Generous per-call ceiling: the point is "no catastrophic backtracking", not a timing benchmark. */
const SLOW_CALL_MS = 250;

// Text made of the pieces cues are built from, so the gate passes and the regular expressions really run.
const cueish = fc.constantFrom(
  'free',
  'gift',
  ' ',
  '  ',
  '\n',
  '!',
  '.',
  ',',
  '$',
  '€',
  '¥',
  '%',
  '0',
  '9',
  '99',
  '.99',
  ',90',
  'only',
  'left',
  'no thanks',
  'buy',
  'get',
  'one',
  'was',
  'now',
  'off',
  'ends in',
  ':',
  '送',
  '赠',
  '仅剩',
  '件',
  '原价',
  '元',
  'lahja',
  'enää',
  'kpl',
  'norm.',
  'ä',
  'İ',
  'ẞ',
  '\u00a0',
  '\u2019',
  'Ｆ',
  '\ud83d\ude00',
  '\ud800',
);
const textArb = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(cueish, { maxLength: 120 }).map((parts) => parts.join('')),
  fc.array(fc.string({ unit: 'grapheme', maxLength: 5 }), { maxLength: 60 }).map((p) => p.join(' ')),
);

describe('detector under arbitrary text', () => {
  it('never throws, stays fast, and keeps spans inside the text', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(undefined, 'en', 'zh', 'fi' as const), (text, lang) => {
        const started = performance.now();
        const findings = detector.detectBlock({ id: 'f', text, lang });
        expect(performance.now() - started).toBeLessThan(SLOW_CALL_MS);
        for (const f of findings) {
          expect(f.span.start).toBeGreaterThanOrEqual(0);
          expect(f.span.end).toBeLessThanOrEqual(text.length);
          expect(f.span.start).toBeLessThanOrEqual(f.span.end);
          expect(text.slice(f.span.start, f.span.end)).toBe(f.evidence);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('folds without changing the length', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => fold(text).length === text.length));
  });
});

describe('detector on adversarial long strings', () => {
  const attacks = [
    'free '.repeat(20_000),
    'gift'.repeat(20_000),
    ' '.repeat(50_000) + 'free gift!',
    'no thanks, '.repeat(5_000),
    '$9'.repeat(20_000),
    '1,'.repeat(20_000),
    'only '.repeat(10_000) + 'left',
    '送'.repeat(30_000),
    '仅剩'.repeat(20_000),
    'a'.repeat(100_000),
    'ends in '.repeat(8_000),
    '9'.repeat(60_000),
  ];

  it.each(attacks.map((a, i) => [i, a] as const))('attack %i finishes within the ceiling', (_i, text) => {
    const started = performance.now();
    detector.detectBlock({ id: 'a', text });
    expect(performance.now() - started).toBeLessThan(SLOW_CALL_MS * 4);
  });
});
