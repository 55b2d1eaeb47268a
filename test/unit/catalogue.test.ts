// Walks src/tactics/ and says what each tactic file is missing: the catalogue's completeness check.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/fold';
import { FAMILIES, LANGS, SEVERITIES } from '../../src/core/vocabulary';
import { englishNumberWords } from '../../src/nlp/english-numbers';
import { catalogue, detector } from '../../src/tactics';

const KNOWN_NORMALIZERS = [englishNumberWords.id];

const tacticsDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/tactics');
const tacticFiles = readdirSync(tacticsDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
  .map((f) => basename(f, '.ts'));

describe('the catalogue', () => {
  it('lists every tactic file in src/tactics/index.ts', () => {
    const listed = catalogue.map((t) => t.id).sort();
    expect(listed).toEqual([...tacticFiles].sort());
  });

  it('has unique ids', () => {
    expect(new Set(catalogue.map((t) => t.id)).size).toBe(catalogue.length);
  });
});

describe.each(catalogue.map((t) => [t.id, t] as const))('tactic %s', (id, tactic) => {
  it('has a valid family, severity and an id in kebab case', () => {
    expect(FAMILIES).toContain(tactic.family);
    expect(SEVERITIES).toContain(tactic.severity);
    expect(id).toMatch(/^[a-z\d]+(?:-[a-z\d]+)*$/);
    for (const normalizer of tactic.normalizers ?? []) expect(KNOWN_NORMALIZERS).toContain(normalizer);
  });

  it.each(LANGS)('has cues, keywords, an explanation and examples in %s', (lang) => {
    const missing: string[] = [];
    if (!(tactic.cues[lang]?.length || tactic.fromLayout)) missing.push('cues');
    if (!(tactic.keywords[lang]?.length || tactic.fromLayout)) missing.push('keywords');
    const e = tactic.explanation[lang];
    if (!e?.name) missing.push('explanation.name');
    if (!e?.what) missing.push('explanation.what');
    if (!e?.why) missing.push('explanation.why');
    if (!e?.source) missing.push('explanation.source');
    if (!e || e.questions.length < 1 || e.questions.length > 3) missing.push('explanation.questions (1 to 3)');
    if (!tactic.examples[lang]?.flagged.length) missing.push('examples.flagged');
    if (!tactic.examples[lang]?.clean.length) missing.push('examples.clean');
    expect(missing, `${id} (${lang}) is missing`).toEqual([]);
  });

  it.each(LANGS)('keywords are folded (lower case) in %s', (lang) => {
    for (const keyword of tactic.keywords[lang] ?? []) expect(fold(keyword)).toBe(keyword);
  });

  it.each(LANGS)('flags its flagged examples and not its clean ones in %s', (lang) => {
    const examples = tactic.examples[lang];
    for (const text of examples?.flagged ?? []) {
      const found = detector.detectBlock({ id: 'x', text, lang }).map((f) => f.tactic);
      expect(found, `"${text}" should be flagged as ${id}`).toContain(id);
    }
    for (const text of examples?.clean ?? []) {
      const found = detector.detectBlock({ id: 'x', text, lang }).map((f) => f.tactic);
      expect(found, `"${text}" should not be flagged as ${id}`).not.toContain(id);
    }
  });
});
