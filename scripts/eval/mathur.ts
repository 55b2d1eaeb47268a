// mathur-dark-patterns.dev.csv (Mathur et al. 2019): recall per category and type, i.e. how many of the
// pattern strings are found as dark (any family of MATHUR_FAMILIES), and family accuracy: how many of the
// found ones carry the family expected for their category or type. Floors on Scarcity, Urgency,
// Social Proof and Confirmshaming. Rows without a pattern string (the crawl kept none) are left out.
import { MATHUR_FAMILIES, type Family } from '../../src/core/vocabulary';
import { gateAndCuesThroughput, inProcessThroughput, THROUGHPUT_FLOOR } from './ec-darkpattern';
import { corpusFile, fmt, parseDelimited, readText, runCli, type Floor } from './shared';

const RECALL_FLOOR = 0.9;

/** The family expected for a Mathur category, or for a type where the category is too broad. */
const EXPECTED: Record<string, Family> = {
  Scarcity: 'scarcity',
  Urgency: 'urgency',
  'Social Proof': 'social-proof',
  Confirmshaming: 'confirmshaming',
  'Pressured Selling': 'pressured-selling',
  Sneaking: 'sneaking',
  Obstruction: 'obstruction',
  'Forced Action': 'forced-action',
};

/** Groups with a floor: three categories and one type (Confirmshaming, under Misdirection). */
const FLOOR_GROUPS = ['Scarcity', 'Urgency', 'Social Proof', 'Confirmshaming'];

interface MathurRow {
  id: string;
  text: string;
  category: string;
  type: string;
}

export function readMathur(path: string): { rows: MathurRow[]; empty: number } {
  const [header = [], ...records] = parseDelimited(readText(path), ',');
  const col = (name: string): number => {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
    if (i < 0) throw new Error(`mathur: column "${name}" not found`);
    return i;
  };
  const [textCol, categoryCol, typeCol] = [col('Pattern String'), col('Pattern Category'), col('Pattern Type')];
  const rows: MathurRow[] = [];
  let empty = 0;
  records.forEach((r, i) => {
    if (r.length <= typeCol) return;
    const text = r[textCol] ?? '';
    if (text.trim() === '') {
      empty++;
      return;
    }
    rows.push({ id: `mathur-${i}`, text, category: (r[categoryCol] ?? '').trim(), type: (r[typeCol] ?? '').trim() });
  });
  return { rows, empty };
}

interface Group {
  n: number;
  found: number;
  rightFamily: number;
}

export function evaluateMathur(file = 'mathur-dark-patterns.dev.csv'): Floor[] | null {
  const path = corpusFile(file);
  if (!path) {
    console.log(`\nmathur: skipped, ${file} not found (../shared is absent)`);
    return null;
  }
  const { rows, empty } = readMathur(path);
  const { outputs, seconds } = runCli(
    'classify',
    rows.map((r) => ({ id: r.id, text: r.text })),
  );

  const groups = new Map<string, Group>();
  const mistakes: string[] = [];
  rows.forEach((row, i) => {
    const families = (outputs[i]!.families as string[] | undefined) ?? [];
    const found = families.some((f) => (MATHUR_FAMILIES as readonly string[]).includes(f));
    const expected = EXPECTED[row.type] ?? EXPECTED[row.category];
    const rightFamily = found && expected !== undefined && families.includes(expected);
    for (const key of [
      row.category,
      `${row.category} / ${row.type}`,
      ...(row.type === 'Confirmshaming' ? ['Confirmshaming'] : []),
    ]) {
      const g = groups.get(key) ?? { n: 0, found: 0, rightFamily: 0 };
      g.n++;
      if (found) g.found++;
      if (rightFamily) g.rightFamily++;
      groups.set(key, g);
    }
    if (!found)
      mistakes.push(`  missed ${row.category} / ${row.type}: ${row.text.replace(/\s+/g, ' ').trim().slice(0, 160)}`);
    else if (expected && !rightFamily) {
      mistakes.push(
        `  family [${families.join(',')}] for ${row.category} / ${row.type}: ${row.text.replace(/\s+/g, ' ').trim().slice(0, 140)}`,
      );
    }
  });

  console.log(
    `\nmathur (${file}): ${rows.length} pattern strings (${empty} rows without a string left out), ${(rows.length / seconds).toFixed(0)} texts/s through the cli`,
  );
  console.log('category / type                                  recall  family acc.    n');
  const floors: Floor[] = [];
  for (const [key, g] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    const r = g.n ? g.found / g.n : 1;
    const acc = g.found ? g.rightFamily / g.found : 1;
    console.log(`${key.padEnd(48)}${fmt(r).padStart(7)}${fmt(acc).padStart(13)}${String(g.n).padStart(5)}`);
    if (FLOOR_GROUPS.includes(key)) floors.push({ name: `mathur ${key} recall`, value: r, floor: RECALL_FLOOR });
  }
  for (const name of FLOOR_GROUPS) {
    if (!groups.has(name)) floors.push({ name: `mathur ${name} recall (no rows)`, value: 0, floor: RECALL_FLOOR });
  }
  const throughput = inProcessThroughput(rows.map((r) => r.text));
  console.log(
    `in-process throughput (classifyLine): ${throughput.toFixed(0)} texts/s; gate + cues alone: ${gateAndCuesThroughput(rows.map((r) => r.text)).toFixed(0)} texts/s`,
  );
  floors.push({ name: 'mathur in-process texts/s', value: throughput, floor: THROUGHPUT_FLOOR, informational: true });
  if (process.argv.includes('--verbose')) console.log(mistakes.join('\n'));
  return floors;
}
