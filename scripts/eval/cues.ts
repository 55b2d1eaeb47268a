// cues.dev.tsv: precision and recall per family and per language, false alarms on the negative texts.
import { FAMILIES, LANGS } from '../../src/core/vocabulary';
import { corpusFile, fmt, newCounts, precision, readText, recall, runCli, type Counts, type Floor } from './shared';

const FLOOR_FAMILIES = ['reciprocity', 'concession', 'anchoring'];
const PRECISION_FLOOR = 0.97;
const RECALL_FLOOR = 0.95;
const FALSE_ALARM_CEILING = 0.02;

interface CueRow {
  id: string;
  lang: string;
  required: string[];
  optional: string[];
  text: string;
}

function list(field: string): string[] {
  return field === '-' ? [] : field.split(',').map((f) => f.trim());
}

export function evaluateCues(file = 'cues.dev.tsv'): Floor[] | null {
  const path = corpusFile(file);
  if (!path) {
    console.log(`cues: skipped, ${file} not found (../shared is absent)`);
    return null;
  }
  const rows: CueRow[] = readText(path)
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [id = '', lang = '', required = '-', optional = '-', ...text] = l.split('\t');
      return { id, lang, required: list(required), optional: list(optional), text: text.join('\t') };
    });
  const { outputs, seconds } = runCli(
    'classify',
    rows.map((r) => ({ id: r.id, text: r.text })),
  );

  const counts = new Map<string, Counts>();
  const get = (key: string): Counts => {
    let c = counts.get(key);
    if (!c) counts.set(key, (c = newCounts()));
    return c;
  };
  let negatives = 0;
  let falseAlarms = 0;
  const mistakes: string[] = [];
  rows.forEach((row, i) => {
    const predicted = (outputs[i]!.families as string[] | undefined) ?? [];
    for (const family of FAMILIES) {
      const want = row.required.includes(family);
      const got = predicted.includes(family);
      const optional = row.optional.includes(family);
      for (const key of [family, `${family}/${row.lang}`]) {
        if (want && got) get(key).tp++;
        else if (want && !got) get(key).fn++;
        else if (got && !optional) get(key).fp++;
      }
      if ((want && !got) || (got && !want && !optional)) {
        mistakes.push(`  ${row.id} ${want ? 'missed' : 'false'} ${family}: ${row.text}`);
      }
    }
    if (row.required.length === 0) {
      negatives++;
      if (predicted.some((f) => !row.optional.includes(f))) falseAlarms++;
    }
  });

  console.log(`\ncues (${file}): ${rows.length} texts, ${(rows.length / seconds).toFixed(0)} texts/s through the cli`);
  console.log('family              lang  precision  recall   n');
  const floors: Floor[] = [];
  for (const family of FAMILIES) {
    for (const lang of ['all', ...LANGS]) {
      const c = counts.get(lang === 'all' ? family : `${family}/${lang}`);
      if (!c || c.tp + c.fn + c.fp === 0) continue;
      console.log(
        `${family.padEnd(20)}${lang.padEnd(6)}${fmt(precision(c)).padStart(9)}${fmt(recall(c)).padStart(8)}${String(c.tp + c.fn).padStart(4)}`,
      );
      if (FLOOR_FAMILIES.includes(family) && lang !== 'all') {
        floors.push({ name: `cues ${family}/${lang} precision`, value: precision(c), floor: PRECISION_FLOOR });
        floors.push({ name: `cues ${family}/${lang} recall`, value: recall(c), floor: RECALL_FLOOR });
      }
    }
  }
  const falseAlarmRate = negatives ? falseAlarms / negatives : 0;
  console.log(`false alarms on negatives: ${falseAlarms}/${negatives} = ${fmt(falseAlarmRate)}`);
  floors.push({
    name: 'cues false-alarm rate (as 1 - rate)',
    value: 1 - falseAlarmRate,
    floor: 1 - FALSE_ALARM_CEILING,
  });
  if (process.argv.includes('--verbose')) console.log(mistakes.join('\n'));
  return floors;
}
