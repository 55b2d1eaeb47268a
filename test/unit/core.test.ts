import { describe, expect, it } from 'vitest';
import { createDetector, excerptOf, MAX_BLOCK_CHARS } from '../../src/core/detect';
import { fold } from '../../src/core/fold';
import { createKeywordGate } from '../../src/core/keyword-gate';
import { detectLanguage } from '../../src/core/language';
import { defineTactic, type TacticDefinition } from '../../src/core/types';

const prose = { name: 'n', what: 'w', why: 'y', source: 's', questions: ['q?'] };
const tiny: TacticDefinition = defineTactic({
  id: 'tiny-gift',
  family: 'reciprocity',
  severity: 'medium',
  keywords: { en: ['gift'], zh: ['送'], fi: ['lahja'] },
  cues: { en: [/\bfree gift\b/], zh: [/买.送/], fi: [/\blahja\w*/] },
  exceptions: { en: [/\bgift card/] },
  fromLayout: (layout) => Boolean(layout.preTicked),
  explanation: { en: prose, zh: prose, fi: prose },
  examples: { en: { flagged: [], clean: [] }, zh: { flagged: [], clean: [] }, fi: { flagged: [], clean: [] } },
});

describe('fold', () => {
  it('keeps the length so spans on folded text quote the original', () => {
    for (const text of ['İstanbul FREE Gift', 'Ｆｒｅｅ ｇｉｆｔ!', 'It’s 12\u00a0€', 'ß and ẞ']) {
      expect(fold(text)).toHaveLength(text.length);
    }
    expect(fold('Ｆｒｅｅ ｇｉｆｔ')).toBe('free gift');
    expect(fold('It’s\u00a0free')).toBe("it's free");
  });
});

describe('detectLanguage', () => {
  it.each([
    ['买二送一', 'zh'],
    ['Enää 2 kpl jäljellä', 'fi'],
    ['Osta yksi, saat toisen ilmaiseksi', 'fi'],
    ['Buy one, get one free', 'en'],
    ['Only 3 left in stock', 'en'],
  ])('%s is %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('keyword gate', () => {
  it('finds every tactic whose keyword occurs, overlapping ones included', () => {
    const gate = createKeywordGate([['gift', 'bonus'], ['gif'], ['card']]);
    expect([...gate.candidates('a free gift card')].sort()).toEqual([0, 1, 2]);
    expect(gate.candidates('nothing here').size).toBe(0);
  });
});

describe('detector', () => {
  const detector = createDetector([tiny]);

  it('quotes the evidence exactly and gives its span and sentence', () => {
    const text = 'Hello. Get a FREE Gift today! Thanks.';
    const [finding] = detector.detectBlock({ id: 'b1', text });
    expect(finding).toMatchObject({ tactic: 'tiny-gift', family: 'reciprocity', blockId: 'b1', lang: 'en' });
    expect(finding!.evidence).toBe('FREE Gift');
    expect(text.slice(finding!.span.start, finding!.span.end)).toBe(finding!.evidence);
    expect(finding!.excerpt).toBe('Get a FREE Gift today!');
  });

  it('drops a match that an exception overlaps, but finds a later one', () => {
    expect(detector.detectBlock({ id: 'b', text: 'Free gift cards for sale' })).toEqual([]);
    const [later] = detector.detectBlock({ id: 'b', text: 'Free gift cards, and a free gift with purchase' });
    expect(later!.span.start).toBeGreaterThan(20);
  });

  it('uses the language given, or detects it per block', () => {
    expect(detector.detectBlock({ id: 'b', text: '买一送一' })[0]?.lang).toBe('zh');
    expect(detector.detectBlock({ id: 'b', text: 'Saat lahjan' })[0]?.lang).toBe('fi');
  });

  it('reports layout facts whatever the words', () => {
    const [finding] = detector.detectBlock({ id: 'b', text: 'Add insurance', layout: { preTicked: true } });
    expect(finding?.tactic).toBe('tiny-gift');
    expect(finding?.span).toEqual({ start: 0, end: 13 });
  });

  it('reads no further than MAX_BLOCK_CHARS of one block', () => {
    const text = 'x'.repeat(MAX_BLOCK_CHARS) + ' free gift';
    expect(detector.detectBlock({ id: 'b', text })).toEqual([]);
  });

  it('detects over many blocks in order', () => {
    const findings = detector.detect([
      { id: 'a', text: 'free gift' },
      { id: 'b', text: 'nothing' },
      { id: 'c', text: 'another free gift' },
    ]);
    expect(findings.map((f) => f.blockId)).toEqual(['a', 'c']);
  });
});

describe('excerptOf', () => {
  it('stops at sentence ends and collapses whitespace', () => {
    const text = 'First one.  Second\n has the   free gift in it. Third.';
    const start = text.indexOf('free gift');
    expect(excerptOf(text, { start, end: start + 9 })).toBe('has the free gift in it.');
  });
});
