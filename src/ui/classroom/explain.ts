// What the classroom says about a cue: the catalogue's explanation of its tactic when the catalogue has it,
// the family's explanation otherwise.
import type { Family, Lang } from '../../core/vocabulary';
import { tacticsById } from '../../tactics';
import { familyName, familyText } from '../i18n';

export interface CueExplanation {
  name: string;
  family: string;
  what: string;
  why: string;
  source: string;
  questions: string[];
}

export function explainCue(tactic: string, family: Family, lang: Lang): CueExplanation {
  const fromCatalogue = tacticsById.get(tactic)?.explanation[lang];
  const text = familyText(lang, family);
  return {
    name: fromCatalogue?.name ?? familyName(lang, family),
    family: familyName(lang, family),
    what: fromCatalogue?.what ?? text.line,
    why: fromCatalogue?.why ?? text.why,
    source: fromCatalogue?.source ?? text.source,
    questions: (fromCatalogue?.questions ?? text.questions).slice(0, 3),
  };
}
