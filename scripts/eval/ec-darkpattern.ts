// ec-darkpattern.dev.tsv (Yada et al. 2022): binary detection, a text is dark when any family of Mathur's
// taxonomy (MATHUR_FAMILIES) is found. Precision, recall, F1, recall per Mathur category, false alarms.
import { classifyLine } from '../../src/cli/records';
import { MATHUR_FAMILIES } from '../../src/core/vocabulary';
import { detector } from '../../src/tactics';
import {
  corpusFile,
  f1,
  fmt,
  newCounts,
  parseDelimited,
  precision,
  readText,
  recall,
  runCli,
  type Floor,
} from './shared';

const F1_FLOOR = 0.95;
/** In-process floor: the gate and cues must keep up with a page's worth of blocks. */
export const THROUGHPUT_FLOOR = 10_000;
const THROUGHPUT_ROUNDS = 5;

/** Texts per second of `classifyLine` in this process, over all texts, best of several rounds. */
export function inProcessThroughput(texts: readonly string[], rounds = THROUGHPUT_ROUNDS): number {
  const lines = texts.map((text, i) => JSON.stringify({ id: String(i), text }));
  for (const line of lines) classifyLine(line); // warm up: compile the regular expressions, JIT
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const line of lines) classifyLine(line);
    const seconds = (performance.now() - started) / 1000;
    best = Math.max(best, lines.length / seconds);
  }
  return best;
}

/** For comparison: the content script's detector (keyword gate + cues, no normalizers), same texts. */
export function gateAndCuesThroughput(texts: readonly string[], rounds = THROUGHPUT_ROUNDS): number {
  for (const text of texts) detector.detectBlock({ id: 'w', text });
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const text of texts) detector.detectBlock({ id: 't', text });
    best = Math.max(best, texts.length / ((performance.now() - started) / 1000));
  }
  return best;
}

interface EcRow {
  id: string;
  text: string;
  dark: boolean;
  category: string;
}

export function readEcDarkpattern(path: string): EcRow[] {
  const [header = [], ...rows] = parseDelimited(readText(path), '\t');
  const col = (name: string): number => {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
    if (i < 0) throw new Error(`ec-darkpattern: column "${name}" not found`);
    return i;
  };
  const [idCol, textCol, labelCol, categoryCol] = [col('page_id'), col('text'), col('label'), col('Pattern Category')];
  return rows
    .filter((r) => r.length > labelCol)
    .map((r, i) => ({
      id: `ec-${i}-${r[idCol]}`,
      text: r[textCol] ?? '',
      dark: (r[labelCol] ?? '').trim() === '1',
      category: (r[categoryCol] ?? '').trim() || '(none)',
    }));
}

export function evaluateEcDarkpattern(file = 'ec-darkpattern.dev.tsv'): Floor[] | null {
  const path = corpusFile(file);
  if (!path) {
    console.log(`\nec-darkpattern: skipped, ${file} not found (../shared is absent)`);
    return null;
  }
  const rows = readEcDarkpattern(path);
  const { outputs, seconds } = runCli(
    'classify',
    rows.map((r) => ({ id: r.id, text: r.text })),
  );

  const counts = newCounts();
  const perCategory = new Map<string, { found: number; n: number }>();
  let negatives = 0;
  let falseAlarms = 0;
  const mistakes: string[] = [];
  rows.forEach((row, i) => {
    const families = (outputs[i]!.families as string[] | undefined) ?? [];
    const predicted = families.some((f) => (MATHUR_FAMILIES as readonly string[]).includes(f));
    if (row.dark && predicted) counts.tp++;
    else if (row.dark) counts.fn++;
    else if (predicted) counts.fp++;
    if (row.dark) {
      const c = perCategory.get(row.category) ?? { found: 0, n: 0 };
      c.n++;
      if (predicted) c.found++;
      perCategory.set(row.category, c);
    } else {
      negatives++;
      if (predicted) falseAlarms++;
    }
    if (row.dark !== predicted) {
      const what = row.dark ? `missed ${row.category}` : `false alarm [${families.join(',')}]`;
      mistakes.push(`  ${what}: ${row.text.replace(/\s+/g, ' ').trim().slice(0, 160)}`);
    }
  });

  console.log(
    `\nec-darkpattern (${file}): ${rows.length} texts, ${(rows.length / seconds).toFixed(0)} texts/s through the cli`,
  );
  console.log(`precision ${fmt(precision(counts))}  recall ${fmt(recall(counts))}  F1 ${fmt(f1(counts))}`);
  console.log('recall per Mathur category:');
  for (const [category, c] of [...perCategory].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`  ${category.padEnd(16)}${fmt(c.n ? c.found / c.n : 1).padStart(7)}  ${c.found}/${c.n}`);
  }
  console.log(`false alarms on label 0: ${falseAlarms}/${negatives} = ${fmt(negatives ? falseAlarms / negatives : 0)}`);
  const throughput = inProcessThroughput(rows.map((r) => r.text));
  console.log(
    `in-process throughput (classifyLine, best of ${THROUGHPUT_ROUNDS} rounds): ${throughput.toFixed(0)} texts/s; gate + cues alone: ${gateAndCuesThroughput(rows.map((r) => r.text)).toFixed(0)} texts/s`,
  );
  if (process.argv.includes('--verbose')) console.log(mistakes.join('\n'));
  return [
    { name: 'ec-darkpattern binary F1', value: f1(counts), floor: F1_FLOOR },
    { name: 'ec-darkpattern in-process texts/s', value: throughput, floor: THROUGHPUT_FLOOR, informational: true },
  ];
}
