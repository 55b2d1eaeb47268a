// `npm run eval`: scores the command line on the dev data in ../shared/corpus.
//   cues.dev.tsv -> precision/recall per family and language, false alarms   (scripts/eval/cues.ts)
//   price-strings.dev.jsonl -> exact amount accuracy, currency accuracy      (scripts/eval/prices.ts)
//   ec-darkpattern.dev.tsv -> binary P/R/F1, recall per Mathur category      (scripts/eval/ec-darkpattern.ts)
//   mathur-dark-patterns.dev.csv -> recall and family per category/type      (scripts/eval/mathur.ts)
// Flags: --check exits 1 when a floor is not met (CI); --verbose lists the mistakes.
import { evaluateCues } from './eval/cues';
import { evaluateEcDarkpattern } from './eval/ec-darkpattern';
import { evaluateMathur } from './eval/mathur';
import { evaluatePrices } from './eval/prices';
import { fmt, type Floor } from './eval/shared';

const sections: Array<() => Floor[] | null> = [
  () => evaluateCues(),
  () => evaluatePrices(),
  () => evaluateEcDarkpattern(),
  () => evaluateMathur(),
];

const floors: Floor[] = [];
let skipped = 0;
for (const section of sections) {
  const result = section();
  if (result) floors.push(...result);
  else skipped++;
}

const failed = floors.filter((f) => f.value < f.floor);
console.log(
  `\nfloors: ${floors.length - failed.length} met, ${failed.length} not met${skipped ? `, ${skipped} sections skipped` : ''}`,
);
for (const f of failed) console.log(`  NOT MET ${f.name}: ${fmt(f.value)} < ${fmt(f.floor)}`);
if (process.argv.includes('--check') && failed.length) process.exitCode = 1;
