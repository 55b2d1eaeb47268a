import { describe, expect, it } from 'vitest';
import { droppedMessageCount, receive, ToBackground, ToContent } from '../../src/messages';
import { createTabFindingsStore, type SessionArea } from '../../src/tab-findings';

const finding = {
  tactic: 'free-gift',
  family: 'reciprocity',
  severity: 'medium',
  blockId: 'b1',
  lang: 'en',
  evidence: 'free gift',
  span: { start: 0, end: 9 },
  excerpt: 'free gift with purchase',
  facts: [],
};

describe('messages', () => {
  it('accepts well-formed messages', () => {
    expect(receive(ToBackground, { type: 'findings', url: 'https://x', findings: [finding] })).not.toBeNull();
    expect(receive(ToBackground, { type: 'get-findings', tabId: 3 })).toEqual({ type: 'get-findings', tabId: 3 });
    expect(receive(ToContent, { type: 'reveal', blockId: 'b1' })).not.toBeNull();
  });

  it('drops and counts malformed ones', () => {
    const before = droppedMessageCount();
    expect(
      receive(ToBackground, { type: 'findings', url: 'x', findings: [{ ...finding, family: 'fraud' }] }),
    ).toBeNull();
    expect(receive(ToBackground, { type: 'delete-everything' })).toBeNull();
    expect(receive(ToContent, null)).toBeNull();
    expect(receive(ToBackground, { type: 'findings', url: 'x', findings: Array(501).fill(finding) })).toBeNull();
    expect(droppedMessageCount()).toBe(before + 4);
  });
});

describe('tab findings store', () => {
  function fakeSession(): SessionArea & { data: Map<string, unknown> } {
    const data = new Map<string, unknown>();
    return {
      data,
      async get(key) {
        return data.has(key) ? { [key]: data.get(key) } : {};
      },
      async set(items) {
        for (const [k, v] of Object.entries(items)) data.set(k, v);
      },
      async remove(key) {
        data.delete(key);
      },
    };
  }

  it('keeps findings per tab, survives a restart through session storage, and clears', async () => {
    const session = fakeSession();
    const store = createTabFindingsStore(session);
    await store.set(4, { url: 'https://shop', findings: [] });
    expect(await createTabFindingsStore(session).get(4)).toEqual({ url: 'https://shop', findings: [] });
    await store.clear(4);
    expect(await store.get(4)).toBeNull();
    expect(session.data.size).toBe(0);
  });
});
