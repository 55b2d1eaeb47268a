import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLines, type LineResult } from '../../src/cli/lines';

async function collect(chunks: Array<Uint8Array | string>, max?: number): Promise<LineResult[]> {
  async function* source() {
    for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : c;
  }
  const out: LineResult[] = [];
  for await (const r of readLines(source(), max)) out.push(r);
  return out;
}

describe('readLines', () => {
  it('splits across chunk boundaries, handles CRLF and a last line without newline, skips blank lines', async () => {
    expect(await collect(['{"a"', ':1}\r\n\n  \n{"b":2}'])).toEqual([{ line: '{"a":1}' }, { line: '{"b":2}' }]);
  });

  it('answers invalid UTF-8 with an error and goes on', async () => {
    const bad = Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]);
    expect(await collect([bad, 'ok\n'])).toEqual([{ error: 'not valid UTF-8' }, { line: 'ok' }]);
  });

  it('answers a line over the cap with an error, keeping memory bounded, and goes on', async () => {
    const chunks = [...Array(10)].map(() => 'x'.repeat(1000));
    expect(await collect([...chunks, '\nnext\n'], 5000)).toEqual([
      { error: 'record too large: over 5000 bytes' },
      { line: 'next' },
    ]);
  });

  it('gives nothing for empty input', async () => {
    expect(await collect([])).toEqual([]);
  });
});

describe('the command line on bad input', () => {
  const ROOT = join(import.meta.dirname, '../..');
  const run = (input: Buffer | string) =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli.ts'), 'classify'], {
      input,
      maxBuffer: 64 * 1024 * 1024,
    });

  it('empty input: no output, exit 0', () => {
    const result = run('');
    expect(result.status).toBe(0);
    expect(result.stdout.toString()).toBe('');
  });

  it('a 10 MB record is classified; invalid UTF-8 gets an error line; the run goes on', () => {
    const huge = JSON.stringify({ id: 'big', text: 'lorem ipsum '.repeat(900_000) + 'free gift with purchase' });
    const input = Buffer.concat([
      Buffer.from(huge + '\n'),
      Buffer.from([0xc3, 0x28, 0x0a]),
      Buffer.from('{"id":"after","text":"Only 2 left!"}\n'),
    ]);
    const result = run(input);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'big' });
    expect(lines[1]).toEqual({ error: 'not valid UTF-8' });
    expect(lines[2]).toMatchObject({ id: 'after' });
  });
});
