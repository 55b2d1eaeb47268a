// Issue 7: stored data is validated on read, whatever storage holds (another version's format, a corrupt
// sync, a hand edit). test/unit/price-memory.test.ts and settings.test.ts hold the cases; these are the
// properties over arbitrary values: reading never throws, keeps only valid entries, and keeps the valid rest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRICE_MEMORY_MAX_AGE_DAYS, PRICE_MEMORY_MAX_KEY_CHARS, validPriceMemory } from '../../src/price-memory';
import { SETTINGS, validSetting, validSettings, type SettingName } from '../../src/settings';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);
const RUNS = { numRuns: 1_000 };

const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const observation = fc.record({
  amount: fc.oneof(fc.constantFrom('19.99', '5', '1e9', '-1', '', '0.1234567'), fc.string()),
  currency: fc.oneof(fc.constantFrom('USD', 'EUR', null, 'usd', '<b>'), anyValue),
  firstSeen: fc.oneof(fc.integer({ min: NOW - 200 * DAY, max: NOW }), anyValue),
  lastSeen: fc.oneof(fc.integer({ min: NOW - 200 * DAY, max: NOW }), anyValue),
});
const entry = fc.oneof(fc.record({ prices: fc.array(observation, { maxLength: 60 }) }), anyValue);
const memory = fc.dictionary(
  fc.oneof(fc.string({ maxLength: 40 }), fc.constant('k'.repeat(PRICE_MEMORY_MAX_KEY_CHARS + 1)), fc.constant('')),
  entry,
);

const good = { prices: [{ amount: '19.99', currency: 'EUR', firstSeen: NOW - DAY, lastSeen: NOW }] };

describe('validPriceMemory (src/price-memory.ts)', () => {
  it('never throws; keeps only valid, unexpired entries under valid keys; keeps a valid entry among junk', () => {
    fc.assert(
      fc.property(fc.oneof(memory, anyValue), (stored) => {
        const read = validPriceMemory(stored, NOW);
        for (const [key, { prices }] of Object.entries(read)) {
          expect(key.length).toBeGreaterThan(0);
          expect(key.length).toBeLessThanOrEqual(PRICE_MEMORY_MAX_KEY_CHARS);
          expect(prices.length).toBeGreaterThan(0);
          for (const p of prices) {
            expect(p.amount).toMatch(/^\d{1,12}(?:\.\d{1,6})?$/);
            expect(p.currency === null || /^[A-Z]{3}$/.test(p.currency)).toBe(true);
            expect(Number.isInteger(p.firstSeen) && p.firstSeen <= p.lastSeen).toBe(true);
            expect(p.lastSeen).toBeGreaterThanOrEqual(NOW - PRICE_MEMORY_MAX_AGE_DAYS * DAY);
          }
        }
        if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
          expect(validPriceMemory({ ...stored, 'shop.example sku:kept': good }, NOW)['shop.example sku:kept']).toEqual(
            good,
          );
        }
      }),
      RUNS,
    );
  });
});

describe('settings (src/settings.ts)', () => {
  const names = Object.keys(SETTINGS) as SettingName[];

  it('never throws; a stored value is itself when its schema accepts it, its default otherwise', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), anyValue, (name, stored) => {
        const value = validSetting(name, stored);
        expect(value).toEqual(SETTINGS[name].schema.safeParse(stored).success ? stored : SETTINGS[name].fallback);
      }),
      RUNS,
    );
  });

  it('one corrupt setting loses nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), anyValue, (name, stored) => {
        const settings = validSettings({ showLowSeverity: false, pausedSites: ['amazon.com'], [name]: stored });
        if (name !== 'showLowSeverity') expect(settings.showLowSeverity).toBe(false);
        if (name !== 'pausedSites') expect(settings.pausedSites).toEqual(['amazon.com']);
      }),
      RUNS,
    );
  });
});
