import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLine, priceLine } from '../../src/cli/records';

const ROOT = join(import.meta.dirname, '../..');

function cli(args: string[], input: string) {
  return spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli.ts'), ...args], {
    input,
    encoding: 'utf8',
  });
}

describe('classify records', () => {
  it('gives families and tactics from the vocabulary', () => {
    expect(classifyLine('{"id":"1","text":"Free gift with every order"}')).toEqual({
      id: '1',
      families: ['reciprocity'],
      tactics: ['free-gift'],
    });
    expect(classifyLine('{"id":7,"text":"Colour: navy"}')).toEqual({ id: '7', families: [], tactics: [] });
  });

  it('answers a bad record with an error line, keeping its id when there is one', () => {
    expect(classifyLine('not json')).toEqual({ error: 'not valid JSON' });
    expect(classifyLine('{"id":"2"}')).toMatchObject({ id: '2', error: expect.stringContaining('text') });
    expect(classifyLine('{"id":"3","text":"x","lang":"de"}')).toMatchObject({ id: '3', error: expect.any(String) });
    expect(classifyLine('[1,2]')).toMatchObject({ error: expect.any(String) });
  });
});

describe('price records', () => {
  it('writes the amount as a decimal string', () => {
    const out = priceLine('{"id":"p","text":"$12.34"}');
    expect(out).toMatchObject({ id: 'p', amount: '12.34' });
    expect(typeof out.amount).toBe('string');
  });
});

describe('the command line', () => {
  it('classify: one line per input in order, an error line for a malformed one, exit 0', () => {
    const run = cli(['classify'], '{"id":"1","text":"Free gift with every order"}\nnot json\n');
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: '1', families: ['reciprocity'] });
    expect(lines[1]).toHaveProperty('error');
  });

  it('scan: findings of a saved page as JSON, and markdown with --format md', () => {
    const page = join(ROOT, 'test/fixtures/shop.html');
    const json = cli(['scan', page], '');
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.pages[0].findings.map((f: { tactic: string }) => f.tactic)).toContain('free-gift');
    const md = cli(['scan', '--format', 'md', page], '');
    expect(md.stdout).toContain('**free-gift**');
  });

  it('scan: an unreadable page is an error on stderr and exit 1; no command is a usage error, exit 2', () => {
    const missing = cli(['scan', 'no-such-page.html'], '');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no-such-page.html');
    expect(cli([], '').status).toBe(2);
  });
});
