import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES, LANGS } from '../../src/core/vocabulary';
import { catalogue } from '../../src/tactics';
import { FAMILY_TEXTS, familyName, resolveLanguage, STRINGS, uiLanguage } from '../../src/ui/i18n';

const keysOf = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? keysOf(v, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('UI text in en, zh and fi', () => {
  it('has every UI key in all three languages, non-empty and of the same kind', () => {
    const english = keysOf(STRINGS.en).sort();
    for (const lang of LANGS) {
      expect(keysOf(STRINGS[lang]).sort(), lang).toEqual(english);
      for (const key of english) {
        const value = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], STRINGS[lang]);
        const sample = typeof value === 'function' ? (value as (...a: unknown[]) => unknown)(2, 5) : value;
        expect(typeof sample, `${lang}.${key}`).toBe('string');
        expect((sample as string).trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('names and explains every family in all three languages', () => {
    for (const lang of LANGS) {
      for (const family of FAMILIES) {
        expect(familyName(lang, family)).toBeTruthy();
        const text = FAMILY_TEXTS[lang][family];
        expect(text.line && text.why && text.source, `${lang} ${family}`).toBeTruthy();
        expect(text.questions.length).toBeGreaterThanOrEqual(1);
        expect(text.questions.length).toBeLessThanOrEqual(3);
      }
    }
  });

  it('has an explanation of every tactic of the catalogue in all three languages', () => {
    for (const tactic of catalogue) {
      for (const lang of LANGS) {
        const e = tactic.explanation[lang];
        expect(e, `${tactic.id} ${lang}`).toBeDefined();
        for (const field of ['name', 'what', 'why', 'source'] as const) {
          expect(e[field].trim(), `${tactic.id} ${lang} ${field}`).not.toBe('');
        }
        expect(e.questions.length, `${tactic.id} ${lang} questions`).toBeGreaterThanOrEqual(1);
        expect(e.questions.length, `${tactic.id} ${lang} questions`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('has the same message keys in every _locales file', () => {
    const read = (dir: string) =>
      Object.keys(
        JSON.parse(readFileSync(join(__dirname, '../../public/_locales', dir, 'messages.json'), 'utf8')),
      ).sort();
    const english = read('en');
    expect(english).toContain('extName');
    expect(read('zh_CN')).toEqual(english);
    expect(read('fi')).toEqual(english);
  });

  it('resolves the language setting against the browser language', () => {
    expect(uiLanguage('zh-TW')).toBe('zh');
    expect(uiLanguage('fi-FI')).toBe('fi');
    expect(uiLanguage('de')).toBe('en');
    expect(resolveLanguage('auto', 'fi')).toBe('fi');
    expect(resolveLanguage('zh', 'fi')).toBe('zh');
  });
});
