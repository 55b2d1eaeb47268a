// The command line: the same core as the extension, from Node. A contract (DESIGN.md), keep shapes stable.
//   classify  JSON Lines {"id","text","lang"?} -> {"id","families":[...],"tactics":[...]}
//   prices    JSON Lines {"id","text","currencyHint"?} -> {"id","amount":"12.34"|null,"currency":"EUR"|null}
//   scan PAGE.html...  the findings of each saved page, as JSON (--format md for people)
// A bad input line gets {"id"?, "error"} and the run goes on. Exit codes: 0 done (even with bad lines),
// 1 a page could not be read, 2 usage error.

import { readFileSync } from 'node:fs';
import { readLines } from './cli/lines';
import { classifyLine, priceLine, type Output } from './cli/records';
import { formatScanMarkdown, scanHtml } from './cli/scan';

export const EXIT_OK = 0;
export const EXIT_UNREADABLE_PAGE = 1;
export const EXIT_USAGE = 2;

async function eachLine(handle: (line: string) => Output): Promise<void> {
  for await (const result of readLines(process.stdin)) {
    const output = 'line' in result ? handle(result.line) : { error: result.error };
    if (!process.stdout.write(JSON.stringify(output) + '\n')) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

const USAGE = `usage: cli classify < records.jsonl
       cli prices < records.jsonl
       cli scan [--format json|md] PAGE.html...`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'classify':
      await eachLine(classifyLine);
      return EXIT_OK;
    case 'prices':
      await eachLine(priceLine);
      return EXIT_OK;
    case 'scan': {
      let format = 'json';
      const files: string[] = [];
      for (let i = 0; i < rest.length; i++) {
        if (rest[i] === '--format') format = rest[++i] ?? '';
        else files.push(rest[i]!);
      }
      if (!['json', 'md'].includes(format) || files.length === 0) {
        process.stderr.write(USAGE + '\n');
        return EXIT_USAGE;
      }
      let code = EXIT_OK;
      const results = [];
      for (const file of files) {
        try {
          results.push(await scanHtml(file, readFileSync(file, 'utf8')));
        } catch (error) {
          process.stderr.write(`${file}: ${(error as Error).message}\n`);
          results.push({ file, error: (error as Error).message });
          code = EXIT_UNREADABLE_PAGE;
        }
      }
      process.stdout.write(
        format === 'md' ? formatScanMarkdown(results) : JSON.stringify({ pages: results }, null, 2) + '\n',
      );
      return code;
    }
    default:
      process.stderr.write(USAGE + '\n');
      return EXIT_USAGE;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`second-look: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
