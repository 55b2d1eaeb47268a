// The four settings the content script obeys (pausedSites, enabledFamilies, showLowSeverity, highlightStyle),
// read and watched straight from storage.sync. src/settings.ts is the one schema of every setting, but it
// brings zod (~12 KB gzipped) and the content script has a size budget; this hand-rolled check accepts exactly
// what that schema accepts for these four (test/unit/page-settings.test.ts holds the two to each other) and
// falls back to the same defaults.
import { FAMILIES, isFamily, type Family } from '../core/vocabulary';
import type { Finding } from '../core/types';

/** How findings are drawn: a marker (background and underline), an underline alone, or not at all. */
export type HighlightStyle = 'marker' | 'underline' | 'none';
const HIGHLIGHT_STYLES: readonly string[] = ['marker', 'underline', 'none'] satisfies HighlightStyle[];

export interface PageSettings {
  pausedSites: string[];
  enabledFamilies: Family[];
  showLowSeverity: boolean;
  highlightStyle: HighlightStyle;
}

export const PAGE_SETTING_KEYS = ['pausedSites', 'enabledFamilies', 'showLowSeverity', 'highlightStyle'] as const;
const MAX_SITES = 1_000;
const HOST = /^[a-z\d.-]{1,253}$/;

export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  pausedSites: [],
  enabledFamilies: [...FAMILIES],
  showLowSeverity: true,
  highlightStyle: 'marker',
};

function validSites(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > MAX_SITES) return [];
  return Array.from(value).every((site) => typeof site === 'string' && HOST.test(site)) ? (value as string[]) : [];
}

function validFamilies(value: unknown): Family[] {
  if (!Array.isArray(value) || value.length > FAMILIES.length || !Array.from(value).every(isFamily))
    return [...FAMILIES];
  return value as Family[];
}

/** Validates stored values one by one; a missing or corrupt value falls back to its default alone. */
export function validPageSettings(stored: Record<string, unknown>): PageSettings {
  return {
    pausedSites: stored.pausedSites === undefined ? [] : validSites(stored.pausedSites),
    enabledFamilies: stored.enabledFamilies === undefined ? [...FAMILIES] : validFamilies(stored.enabledFamilies),
    showLowSeverity: typeof stored.showLowSeverity === 'boolean' ? stored.showLowSeverity : true,
    highlightStyle:
      typeof stored.highlightStyle === 'string' && HIGHLIGHT_STYLES.includes(stored.highlightStyle)
        ? (stored.highlightStyle as HighlightStyle)
        : 'marker',
  };
}

/** Whether the user paused Second Look on this host (or a parent domain of it); as src/settings.ts. */
export function isHostPaused(host: string, pausedSites: readonly string[]): boolean {
  return pausedSites.some((site) => host === site || host.endsWith('.' + site));
}

/** The findings the user wants to see: enabled families, and low severity only when asked for. */
export function visibleFindings(findings: readonly Finding[], settings: PageSettings): Finding[] {
  const families = new Set<string>(settings.enabledFamilies);
  return findings.filter((f) => families.has(f.family) && (settings.showLowSeverity || f.severity !== 'low'));
}

export interface SyncArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}
export interface StorageChanges {
  addListener(callback: (changes: Record<string, unknown>, areaName: string) => void): void;
  removeListener(callback: (changes: Record<string, unknown>, areaName: string) => void): void;
}

/** Reads the page settings now and on every change of one of them; returns the unwatch function. */
export function watchPageSettings(
  sync: SyncArea,
  changes: StorageChanges,
  onSettings: (settings: PageSettings) => void,
): () => void {
  let stopped = false;
  const load = (): void => {
    sync
      .get([...PAGE_SETTING_KEYS])
      .then((stored) => {
        if (!stopped) onSettings(validPageSettings(stored));
      })
      .catch(() => {
        if (!stopped) onSettings(DEFAULT_PAGE_SETTINGS);
      });
  };
  const onChanged = (changed: Record<string, unknown>, areaName: string): void => {
    if (areaName === 'sync' && PAGE_SETTING_KEYS.some((key) => key in changed)) load();
  };
  changes.addListener(onChanged);
  load();
  return () => {
    stopped = true;
    changes.removeListener(onChanged);
  };
}
