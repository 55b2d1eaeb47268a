// One JSON Lines record in, one JSON object out: the pure part of the command line.
import { z } from 'zod';
import { FAMILIES, LANGS, type Family } from '../core/vocabulary';
import { currencyOf, parsePrice } from '../price/parse';
import { thoroughDetector as detector } from '../nlp';

const ClassifyRecord = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  lang: z.enum(LANGS).optional(),
});

const PriceRecord = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  // A missing price text (null) is a record with no amount, not a malformed one.
  text: z
    .string()
    .nullable()
    .transform((t) => t ?? ''),
  currencyHint: z.string().nullable().optional(),
});

export type Output = Record<string, unknown>;

export function classifyLine(line: string): Output {
  return handleLine(line, ClassifyRecord, (record) => {
    const findings = detector.detectBlock({ id: record.id, text: record.text, lang: record.lang });
    const families = new Set<Family>(findings.map((f) => f.family));
    return {
      id: record.id,
      families: FAMILIES.filter((f) => families.has(f)),
      tactics: [...new Set(findings.map((f) => f.tactic))].sort(),
    };
  });
}

export function priceLine(line: string): Output {
  return handleLine(line, PriceRecord, (record) => {
    const parsed = parsePrice(record.text, record.currencyHint ?? null);
    const currency = parsed ? parsed.currency : currencyOf(record.text, record.currencyHint ?? null);
    return { id: record.id, amount: parsed?.amount ?? null, currency };
  });
}

function handleLine<T extends { id: string }>(line: string, schema: z.ZodType<T>, run: (record: T) => Output): Output {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const id = typeof json === 'object' && json && 'id' in json ? String((json as { id: unknown }).id) : undefined;
    const problem = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
    return id === undefined ? { error: problem } : { id, error: problem };
  }
  try {
    return run(parsed.data);
  } catch (error) {
    return { id: parsed.data.id, error: `internal error: ${(error as Error).message}` };
  }
}
