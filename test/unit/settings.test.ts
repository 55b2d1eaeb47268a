import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../src/core/vocabulary';
import { isPaused, SETTINGS, validSetting, validSettings } from '../../src/settings';

describe('settings', () => {
  it('falls back to the default for a corrupt value and keeps the others', () => {
    const settings = validSettings({
      enabledFamilies: ['reciprocity', 'made-up'],
      showLowSeverity: false,
      pausedSites: 'not a list',
      language: 'fi',
    });
    expect(settings.enabledFamilies).toEqual([...FAMILIES]);
    expect(settings.showLowSeverity).toBe(false);
    expect(settings.pausedSites).toEqual([]);
    expect(settings.language).toBe('fi');
    expect(settings.highlightStyle).toBe(SETTINGS.highlightStyle.fallback);
  });

  it('rejects hostile host names', () => {
    expect(validSetting('pausedSites', ['shop.example', '<img src=x>'])).toEqual([]);
    expect(validSetting('pausedSites', ['shop.example'])).toEqual(['shop.example']);
  });

  it('pauses a site and its subdomains only', () => {
    expect(isPaused('www.shop.example', ['shop.example'])).toBe(true);
    expect(isPaused('shop.example', ['shop.example'])).toBe(true);
    expect(isPaused('notshop.example', ['shop.example'])).toBe(false);
  });
});
