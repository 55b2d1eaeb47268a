// The fixed vocabulary of DESIGN.md: the command line, the tests and the evaluation use these ids.

export const FAMILIES = [
  'reciprocity',
  'concession',
  'anchoring',
  'urgency',
  'scarcity',
  'social-proof',
  'commitment',
  'confirmshaming',
  'pressured-selling',
  'sneaking',
  'obstruction',
  'forced-action',
] as const;
export type Family = (typeof FAMILIES)[number];

export const LANGS = ['en', 'zh', 'fi'] as const;
export type Lang = (typeof LANGS)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Families of Mathur et al.'s taxonomy: a text counts as a dark pattern when one of these is found. */
export const MATHUR_FAMILIES: readonly Family[] = [
  'urgency',
  'scarcity',
  'social-proof',
  'confirmshaming',
  'pressured-selling',
  'sneaking',
  'obstruction',
  'forced-action',
  'commitment',
];

export function isFamily(value: unknown): value is Family {
  return typeof value === 'string' && (FAMILIES as readonly string[]).includes(value);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
