// Shared helpers of the evaluation: where ../shared is, reading its files, running the command line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = process.env.SECOND_LOOK_SHARED ?? join(ROOT, '../shared');
export const CORPUS = join(SHARED, 'corpus');

export function corpusFile(name: string): string | null {
  const path = join(CORPUS, name);
  return existsSync(path) ? path : null;
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export interface CliRun {
  outputs: Array<Record<string, unknown>>;
  seconds: number;
}

/** Runs `cli <command>` over JSON Lines, exactly as an outsider scores held-back data. */
export function runCli(command: 'classify' | 'prices', records: object[]): CliRun {
  const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli.ts'), command],
    {
      input,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`cli ${command} exited ${result.status}: ${result.stderr}`);
  const outputs = result.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  if (outputs.length !== records.length) {
    throw new Error(`cli ${command} wrote ${outputs.length} lines for ${records.length} records`);
  }
  return { outputs, seconds };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function newCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export const fmt = (x: number): string => x.toFixed(3);

/** A floor the evaluation checks with --check; a failed floor makes the run exit 1. */
export interface Floor {
  name: string;
  value: number;
  floor: number;
  /**
   * A speed target measured on a shared, noisy machine: printed and compared, but it does not fail --check
   * (timings are judged by benchmarks, not by gates). Quality floors always gate.
   */
  informational?: boolean;
}

/** A minimal TSV/CSV reader that honours double-quoted fields with embedded separators and newlines. */
export function parseDelimited(text: string, separator: '\t' | ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (char === separator) {
      row.push(field);
      field = '';
      atFieldStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
    } else {
      field += char;
      atFieldStart = false;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
