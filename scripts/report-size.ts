// Prints the content scripts' sizes, raw and gzipped, and fails the build when one is over its budget: the gate
// script runs on every page of the curated hosts, the scanner script on their shop pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPT_FILE, SCANNER_SCRIPT_FILE } from '../src/added-sites';

/** The scanner script runs on every shop page: its gzipped size is budgeted (issue 5). */
export const CONTENT_SCRIPT_BUDGET_GZIP_BYTES = 35 * 1024;
/** The gate script runs on every page of a curated host, most of them not shops. */
export const GATE_SCRIPT_BUDGET_GZIP_BYTES = 8 * 1024;

const scripts = [
  { name: 'gate script', file: CONTENT_SCRIPT_FILE, budget: GATE_SCRIPT_BUDGET_GZIP_BYTES },
  { name: 'scanner script', file: SCANNER_SCRIPT_FILE, budget: CONTENT_SCRIPT_BUDGET_GZIP_BYTES },
];
const targets = ['chrome-mv3', 'firefox-mv3'];
let over = false;
for (const target of targets) {
  for (const { name, file: fileName, budget } of scripts) {
    const file = join('.output', target, fileName);
    if (!existsSync(file)) continue;
    const raw = readFileSync(file);
    const gzipped = gzipSync(raw, { level: 9 }).length;
    const kb = (n: number) => (n / 1024).toFixed(1) + ' KB';
    const verdict = gzipped <= budget ? 'within' : 'OVER';
    console.log(
      `${name} ${fileName} (${target}): ${kb(raw.length)} raw, ${kb(gzipped)} gzipped, ${verdict} the budget of ${kb(budget)}`,
    );
    if (gzipped > budget) over = true;
  }
}
if (over) process.exitCode = 1;
