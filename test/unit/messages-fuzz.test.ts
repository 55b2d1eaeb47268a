// Issue 7: every message handler validates what it receives and drops (and counts) the rest, whatever arrives.
// Arbitrary values, and valid messages with one field replaced by an arbitrary value, go to `receive`
// (src/messages.ts, zod: the background and popup) and to the content script's hand-written checks
// (src/page/wire.ts, src/page/page-settings.ts): they never throw, accept only what is valid, and count drops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { FAMILIES, LANGS, SEVERITIES } from '../../src/core/vocabulary';
import {
  AnalyseBlocks,
  AnalysedBlocks,
  droppedMessageCount,
  FindingSchema,
  receive,
  ToBackground,
  ToContent,
} from '../../src/messages';
import { DEFAULT_PAGE_SETTINGS, validPageSettings } from '../../src/page/page-settings';
import { droppedToContentCount, receiveAnalysed, receiveToContent } from '../../src/page/wire';
import { validSetting } from '../../src/settings';

const RUNS = { numRuns: 2_000 };

/** Anything a message channel could carry (structured clone or JSON), and more. */
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const finding = {
  tactic: 'free-gift',
  family: 'reciprocity',
  severity: 'medium',
  blockId: 'b1',
  lang: 'en',
  evidence: 'FREE gift',
  span: { start: 0, end: 9 },
  excerpt: 'FREE gift with purchase',
  facts: [{ kind: 'discount', percent: 40 }],
};

const validMessages: unknown[] = [
  { type: 'findings', url: 'https://www.amazon.com/dp/1', findings: [finding] },
  { type: 'get-findings', tabId: 3 },
  { type: 'analyse', blocks: [{ id: 'b1', text: 'FREE gift', lang: 'en', layout: { struckPrices: ['$9'] } }] },
  { type: 'reveal', blockId: 'b1' },
  { findings: [finding] },
];

/** Paths to every field of a value (objects and arrays), to replace one at a time. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (!value || typeof value !== 'object') return [prefix];
  const out: Array<Array<string | number>> = prefix.length ? [prefix] : [];
  for (const [key, child] of Object.entries(value)) {
    out.push(...paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  }
  return out;
}

function withReplaced(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = replacement;
  return copy;
}

/** A valid message with one field (at any depth) replaced by an arbitrary value, or removed. */
const nearlyValid = fc
  .constantFrom(...validMessages)
  .chain((message) =>
    fc.tuple(fc.constant(message), fc.constantFrom(...paths(message)), fc.option(anyValue, { nil: undefined })),
  )
  .map(([message, path, replacement]) => withReplaced(message, path, replacement));

const hostileInput = fc.oneof(anyValue, nearlyValid, fc.constantFrom(...validMessages));

describe('receive (src/messages.ts): the background and the popup', () => {
  it('never throws; returns a value its schema accepts, or null and counts one drop', () => {
    const schemas: ZodType<unknown>[] = [ToBackground, ToContent, AnalysedBlocks, AnalyseBlocks];
    for (const schema of schemas) {
      fc.assert(
        fc.property(hostileInput, (raw) => {
          const before = droppedMessageCount();
          const received = receive(schema, raw);
          if (received === null) {
            expect(droppedMessageCount()).toBe(before + 1);
          } else {
            expect(droppedMessageCount()).toBe(before);
            expect(schema.safeParse(received).success).toBe(true);
          }
        }),
        RUNS,
      );
    }
  });

  it('accepts the valid messages and drops a message whose type is unknown or whose fields are out of range', () => {
    for (const message of validMessages.slice(0, 3)) expect(receive(ToBackground, message)).not.toBeNull();
    const before = droppedMessageCount();
    expect(receive(ToBackground, { type: 'set-settings', pausedSites: ['amazon.com'] })).toBeNull();
    expect(receive(ToBackground, { type: 'get-findings', tabId: 1.5 })).toBeNull();
    expect(receive(ToBackground, { type: 'findings', url: 'x'.repeat(4_001), findings: [] })).toBeNull();
    expect(receive(ToContent, { type: 'reveal', blockId: 'b'.repeat(41) })).toBeNull();
    expect(receive(ToContent, { type: 'scan-everything' })).toBeNull();
    // "Scan this page" calls the gate script's hook (scripting.executeScript), not a message.
    expect(receive(ToContent, { type: 'scan' })).toBeNull();
    expect(receive(ToBackground, { type: 'start-scanner', tabId: 3 })).toEqual({ type: 'start-scanner' });
    expect(droppedMessageCount()).toBe(before + 6);
  });
});

describe('receiveToContent (src/page/wire.ts): what the content script acts on', () => {
  it('never throws; accepts exactly what the ToContent schema accepts, counts every drop', () => {
    const scanLike = fc.record({ type: fc.constantFrom('scan', 'reveal', 'start-scanner'), extra: fc.anything() });
    fc.assert(
      fc.property(fc.oneof(hostileInput, scanLike), (raw) => {
        const before = droppedToContentCount();
        const received = receiveToContent(raw);
        expect(received !== null).toBe(ToContent.safeParse(raw).success);
        if (received === null) {
          expect(droppedToContentCount()).toBe(before + 1);
        } else {
          // A fresh object: nothing of the sender's (getters, extra fields) is kept.
          expect(Object.keys(received).sort()).toEqual(['blockId', 'type']);
          expect(ToContent.safeParse(received).success).toBe(true);
          expect(droppedToContentCount()).toBe(before);
        }
      }),
      RUNS,
    );
  });
});

describe('receiveAnalysed (src/page/wire.ts): the background answer the content script highlights', () => {
  const FindingWithoutFacts = FindingSchema.omit({ facts: true });
  const families = new Set<string>(FAMILIES);

  it('never throws; returns only well-formed findings, or none and counts a drop', () => {
    const answers = fc.oneof(
      hostileInput,
      fc.array(fc.oneof(fc.constant(finding), nearlyValid), { maxLength: 5 }).map((findings) => ({ findings })),
    );
    fc.assert(
      fc.property(answers, (raw) => {
        const before = droppedToContentCount();
        const findings = receiveAnalysed(raw);
        expect(Array.isArray(findings)).toBe(true);
        const dropped = droppedToContentCount() - before;
        expect([0, 1]).toContain(dropped);
        if (dropped === 1) expect(findings).toEqual([]);
        for (const f of findings) {
          expect(FindingWithoutFacts.safeParse(f).success).toBe(true);
          expect(families.has(f.family)).toBe(true);
          expect(f.span.start).toBeLessThanOrEqual(f.span.end);
          expect(Array.isArray(f.facts)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('accepts a valid answer as it is, and drops and counts a malformed one', () => {
    const before = droppedToContentCount();
    expect(receiveAnalysed({ findings: [finding] })).toEqual([finding]);
    expect(receiveAnalysed({ findings: [] })).toEqual([]);
    expect(droppedToContentCount()).toBe(before);
    expect(receiveAnalysed({ findings: [{ ...finding, span: { start: 9, end: 0 } }] })).toEqual([]);
    expect(receiveAnalysed({ findings: [{ ...finding, family: 'fraud' }] })).toEqual([]);
    expect(receiveAnalysed({ findings: Array(501).fill(finding) })).toEqual([]);
    expect(receiveAnalysed('{"findings":[]}')).toEqual([]);
    expect(droppedToContentCount()).toBe(before + 4);
  });
});

describe('validPageSettings (src/page/page-settings.ts): settings the content script obeys', () => {
  const NAMES = ['pausedSites', 'enabledFamilies', 'showLowSeverity'] as const;
  const stored = fc.dictionary(
    fc.oneof(fc.constantFrom(...NAMES, 'addedSites', '__proto__', 'constructor'), fc.string()),
    fc.oneof(
      anyValue,
      fc.array(fc.constantFrom(...FAMILIES, 'nope', 'Amazon.com', 'amazon.com', '', 'a b')),
      fc.constantFrom(true, false),
    ),
  );

  it('never throws; every setting is valid, and the same as src/settings.ts reads it', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        const settings = validPageSettings(raw);
        for (const name of NAMES) {
          const value = Object.prototype.hasOwnProperty.call(raw, name) ? raw[name] : undefined;
          expect(settings[name], name).toEqual(
            value === undefined ? DEFAULT_PAGE_SETTINGS[name] : validSetting(name, value),
          );
        }
        expect(typeof settings.showLowSeverity).toBe('boolean');
        expect(settings.enabledFamilies.every((f) => (FAMILIES as readonly string[]).includes(f))).toBe(true);
        expect(settings.pausedSites.every((s) => typeof s === 'string' && /^[a-z\d.-]{1,253}$/.test(s))).toBe(true);
      }),
      RUNS,
    );
  });
});

it('the vocabularies the checks use are non-empty', () => {
  expect([FAMILIES.length, LANGS.length, SEVERITIES.length].every((n) => n > 0)).toBe(true);
});
