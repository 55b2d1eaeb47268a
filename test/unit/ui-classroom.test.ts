import { describe, expect, it } from 'vitest';
import { FAMILIES, LANGS } from '../../src/core/vocabulary';
import { detector, tacticsById } from '../../src/tactics';
import { explainCue } from '../../src/ui/classroom/explain';
import { quizChoices } from '../../src/ui/classroom/Quiz';
import { allCues, cuePerFamily } from '../../src/ui/classroom/shop-data';
import { SHOPS } from '../../src/ui/classroom/shops';

describe('the classroom demo shop', () => {
  it('shows every tactic family in every language', () => {
    for (const lang of LANGS) {
      const families = new Set(allCues(SHOPS[lang]).map((c) => c.family));
      expect([...families].sort(), lang).toEqual([...FAMILIES].sort());
      expect(cuePerFamily(SHOPS[lang], FAMILIES)).toHaveLength(FAMILIES.length);
    }
  });

  it('has the same tactics in each language, with unique cue ids', () => {
    const tactics = (lang: (typeof LANGS)[number]) => allCues(SHOPS[lang]).map((c) => c.tactic);
    expect(tactics('zh')).toEqual(tactics('en'));
    expect(tactics('fi')).toEqual(tactics('en'));
    const ids = LANGS.flatMap((lang) => allCues(SHOPS[lang]).map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names tactics of the right family, and the detector finds each one the catalogue has', () => {
    for (const lang of LANGS) {
      for (const cue of allCues(SHOPS[lang])) {
        const tactic = tacticsById.get(cue.tactic);
        if (!tactic) continue;
        expect(tactic.family, cue.id).toBe(cue.family);
        const found = detector.detect([{ id: cue.id, text: cue.text }]).map((f) => f.tactic);
        expect(found, `${cue.id}: ${cue.text}`).toContain(cue.tactic);
      }
    }
  });

  it('explains every cue, from the catalogue or from its family', () => {
    for (const lang of LANGS) {
      for (const cue of allCues(SHOPS[lang])) {
        const e = explainCue(cue.tactic, cue.family, lang);
        expect(e.name && e.why && e.what && e.source, cue.id).toBeTruthy();
        expect(e.questions.length).toBeGreaterThan(0);
      }
    }
  });

  it('offers four different answers with the right one among them, not always in the same place', () => {
    const places = new Set<number>();
    FAMILIES.forEach((family, index) => {
      const choices = quizChoices(family, index);
      expect(choices).toHaveLength(4);
      expect(new Set(choices).size).toBe(4);
      expect(choices).toContain(family);
      places.add(choices.indexOf(family));
    });
    expect(places.size).toBeGreaterThan(2);
  });
});
