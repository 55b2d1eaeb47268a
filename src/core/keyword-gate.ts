// The cheap lexical gate: one pass of a trie over the folded text finds which tactics could match, so the
// cues (regular expressions) run only on candidate blocks. Cost: O(text length x longest keyword).

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Indices of the tactics whose keyword ends here. */
  tactics: number[];
}

function newNode(): TrieNode {
  return { next: new Map(), tactics: [] };
}

export interface KeywordGate {
  /** Indices (into the list given at creation) of the tactics with a keyword in the folded text. */
  candidates(folded: string): Set<number>;
}

export function createKeywordGate(keywordsPerTactic: readonly (readonly string[])[]): KeywordGate {
  const root = newNode();
  keywordsPerTactic.forEach((keywords, tacticIndex) => {
    for (const keyword of keywords) {
      if (keyword.length === 0) continue;
      let node = root;
      for (const char of keyword) {
        let child = node.next.get(char);
        if (!child) {
          child = newNode();
          node.next.set(char, child);
        }
        node = child;
      }
      if (!node.tactics.includes(tacticIndex)) node.tactics.push(tacticIndex);
    }
  });

  return {
    candidates(folded: string): Set<number> {
      const found = new Set<number>();
      for (let start = 0; start < folded.length; start++) {
        let node = root.next.get(folded[start]!);
        let i = start;
        while (node) {
          for (const tactic of node.tactics) found.add(tactic);
          i++;
          if (i >= folded.length) break;
          node = node.next.get(folded[i]!);
        }
      }
      return found;
    },
  };
}
