// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAME, HIGHLIGHT_STYLES, highlightStyle, setHighlightStyle } from '../../src/page/highlight';
import { DEFAULT_PAGE_SETTINGS, PAGE_SETTING_KEYS, watchPageSettings } from '../../src/page/page-settings';

afterEach(() => setHighlightStyle('marker'));

describe('highlight styles', () => {
  it('draws a marker, an underline alone, or nothing (the reveal flash in every style)', () => {
    expect(HIGHLIGHT_STYLES.marker).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    expect(HIGHLIGHT_STYLES.marker).toContain('background-color');
    expect(HIGHLIGHT_STYLES.underline).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    expect(HIGHLIGHT_STYLES.underline).not.toContain(`${HIGHLIGHT_NAME}) { background`);
    expect(HIGHLIGHT_STYLES.none).not.toContain(`::highlight(${HIGHLIGHT_NAME})`);
    for (const css of Object.values(HIGHLIGHT_STYLES)) expect(css).toContain('second-look-flash');
    setHighlightStyle('none');
    expect(highlightStyle()).toBe('none');
  });

  it('is a watched page setting, marker by default', async () => {
    expect(PAGE_SETTING_KEYS).toContain('highlightStyle');
    expect(DEFAULT_PAGE_SETTINGS.highlightStyle).toBe('marker');
    let listener: ((changes: Record<string, unknown>, area: string) => void) | null = null;
    let stored: Record<string, unknown> = {};
    const seen: string[] = [];
    const unwatch = watchPageSettings(
      { get: async () => stored },
      { addListener: (l) => (listener = l), removeListener: () => (listener = null) },
      (settings) => seen.push(settings.highlightStyle),
    );
    await new Promise((r) => setTimeout(r, 0));
    stored = { highlightStyle: 'underline' };
    listener!({ highlightStyle: { newValue: 'underline' } }, 'sync');
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['marker', 'underline']);
    unwatch();
  });
});
