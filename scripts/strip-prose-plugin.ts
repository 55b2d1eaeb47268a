// A Vite plugin for the content-script build: it removes each tactic's `explanation` and `examples` (prose
// the page never shows) so the content script carries cues only. The popup and the CLI keep everything.
import ts from 'typescript';
import type { Plugin } from 'vite';

const TACTIC_FILE = /[\\/]src[\\/]tactics[\\/](?!index\.ts$)[^\\/]+\.ts$/;
const PROSE_PROPERTIES = new Set(['explanation', 'examples']);

export function stripTacticProse(source: string): string {
  const file = ts.createSourceFile('tactic.ts', source, ts.ScriptTarget.Latest, true);
  const cuts: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && PROSE_PROPERTIES.has(node.name.text)) {
      cuts.push([node.initializer.getStart(file), node.initializer.getEnd()]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + '{} as never' + out.slice(end);
  }
  return out;
}

export function stripProsePlugin(): Plugin {
  return {
    name: 'second-look:strip-tactic-prose',
    enforce: 'pre',
    transform(code, id) {
      if (!TACTIC_FILE.test(id.split('?')[0]!)) return null;
      return { code: stripTacticProse(code), map: null };
    },
  };
}
