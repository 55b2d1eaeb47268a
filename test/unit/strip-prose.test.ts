import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripTacticProse } from '../../scripts/strip-prose-plugin';
import freeGift from '../../src/tactics/free-gift';

describe('the content-script build strips tactic prose', () => {
  it('removes explanations and examples, keeps cues and keywords', () => {
    const source = readFileSync(join(import.meta.dirname, '../../src/tactics/free-gift.ts'), 'utf8');
    const stripped = stripTacticProse(source);
    expect(stripped).not.toContain(freeGift.explanation.en.why);
    expect(stripped).not.toContain(freeGift.examples.en.flagged[0]);
    expect(stripped).toContain('keywords:');
    expect(stripped).toContain('cues:');
    expect(stripped.length).toBeLessThan(source.length / 2);
  });
});
