// The background's record of findings per tab: kept in memory and in storage.session (the service worker
// may be stopped at any time), cleared when the tab navigates or closes.
import type { TabFindings } from './messages';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number): string => `tab:${tabId}`;

export function createTabFindingsStore(session: SessionArea) {
  const memory = new Map<number, TabFindings>();
  return {
    async set(tabId: number, value: TabFindings): Promise<void> {
      memory.set(tabId, value);
      await session.set({ [keyOf(tabId)]: value });
    },
    async get(tabId: number): Promise<TabFindings | null> {
      const cached = memory.get(tabId);
      if (cached) return cached;
      const stored = (await session.get(keyOf(tabId)))[keyOf(tabId)] as TabFindings | undefined;
      return stored ?? null;
    },
    async clear(tabId: number): Promise<void> {
      memory.delete(tabId);
      await session.remove(keyOf(tabId));
    },
  };
}
