import { describe, expect, it } from 'vitest';
import { isHostPaused, validPageSettings } from '../../src/page/page-settings';
import { isPaused, validSetting } from '../../src/settings';

// src/page/page-settings.ts checks four settings by hand (the content script carries no zod); it must
// agree with the one schema of src/settings.ts.
const samples: Record<string, unknown[]> = {
  pausedSites: [[], ['amazon.com'], ['Amazon.com'], [''], ['a b'], 'amazon.com', [1], null, Array(1_001).fill('a.com')],
  enabledFamilies: [[], ['urgency'], ['nope'], 'urgency', [null], ['urgency', 'scarcity', 'concession']],
  showLowSeverity: [true, false, 'true', 0, null],
  highlightStyle: ['marker', 'underline', 'none', 'Marker', '', 0, null, ['none']],
};

describe('validPageSettings', () => {
  for (const [name, values] of Object.entries(samples)) {
    it(`accepts exactly what src/settings.ts accepts for ${name}`, () => {
      for (const value of values) {
        const mine = validPageSettings({ [name]: value })[name as keyof ReturnType<typeof validPageSettings>];
        expect(mine, JSON.stringify(value)).toEqual(validSetting(name as 'pausedSites', value));
      }
    });
  }

  it('pauses a host as src/settings.ts does', () => {
    for (const host of ['amazon.com', 'www.amazon.com', 'notamazon.com', 'amazon.co.uk']) {
      expect(isHostPaused(host, ['amazon.com'])).toBe(isPaused(host, ['amazon.com']));
    }
  });
});
