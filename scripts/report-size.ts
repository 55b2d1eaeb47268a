// Prints the content script's size, raw and gzipped, and fails the build when it is over budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPT_FILE } from '../src/added-sites';

/** The content script runs on every shop page: its gzipped size is budgeted (issue 5). */
export const CONTENT_SCRIPT_BUDGET_GZIP_BYTES = 35 * 1024;

const targets = ['chrome-mv3', 'firefox-mv3'];
let over = false;
for (const target of targets) {
  const file = join('.output', target, CONTENT_SCRIPT_FILE);
  if (!existsSync(file)) continue;
  const raw = readFileSync(file);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  const kb = (n: number) => (n / 1024).toFixed(1) + ' KB';
  const verdict = gzipped <= CONTENT_SCRIPT_BUDGET_GZIP_BYTES ? 'within' : 'OVER';
  console.log(
    `content script (${target}): ${kb(raw.length)} raw, ${kb(gzipped)} gzipped, ${verdict} the budget of ${kb(CONTENT_SCRIPT_BUDGET_GZIP_BYTES)}`,
  );
  if (gzipped > CONTENT_SCRIPT_BUDGET_GZIP_BYTES) over = true;
}
if (over) process.exitCode = 1;
