// Every stored setting, in one place: a zod schema and a default each. A stored value that fails validation
// falls back to its default; each setting is its own storage key, so one corrupt value loses nothing else.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { FAMILIES, type Family } from './core/vocabulary';

const HOST = z
  .string()
  .max(253)
  .regex(/^[a-z\d.-]+$/);

export const SETTINGS = {
  enabledFamilies: { schema: z.array(z.enum(FAMILIES)).max(FAMILIES.length), fallback: [...FAMILIES] as Family[] },
  showLowSeverity: { schema: z.boolean(), fallback: true },
  pausedSites: { schema: z.array(HOST).max(1_000), fallback: [] as string[] },
  addedSites: { schema: z.array(HOST).max(1_000), fallback: [] as string[] },
  highlightStyle: { schema: z.enum(['marker', 'underline', 'none']), fallback: 'marker' as const },
  language: { schema: z.enum(['auto', 'en', 'zh', 'fi']), fallback: 'auto' as const },
} as const;

export type SettingName = keyof typeof SETTINGS;
export type Settings = { [K in SettingName]: z.infer<(typeof SETTINGS)[K]['schema']> };

/** Validates one stored value: the value when valid, its default otherwise. */
export function validSetting<K extends SettingName>(name: K, stored: unknown): Settings[K] {
  const parsed = SETTINGS[name].schema.safeParse(stored);
  return (parsed.success ? parsed.data : SETTINGS[name].fallback) as Settings[K];
}

/** Validates every stored value independently. */
export function validSettings(stored: Partial<Record<SettingName, unknown>>): Settings {
  const out = {} as Record<SettingName, unknown>;
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    out[name] =
      name in stored && stored[name] !== undefined ? validSetting(name, stored[name]) : SETTINGS[name].fallback;
  }
  return out as Settings;
}

const items = Object.fromEntries(
  (Object.keys(SETTINGS) as SettingName[]).map((name) => [name, storage.defineItem<unknown>(`sync:${name}`)]),
) as Record<SettingName, ReturnType<typeof storage.defineItem<unknown>>>;

export async function getSetting<K extends SettingName>(name: K): Promise<Settings[K]> {
  return validSetting(name, await items[name].getValue());
}

export async function setSetting<K extends SettingName>(name: K, value: Settings[K]): Promise<void> {
  await items[name].setValue(SETTINGS[name].schema.parse(value));
}

export async function getSettings(): Promise<Settings> {
  const entries = await Promise.all(
    (Object.keys(SETTINGS) as SettingName[]).map(async (name) => [name, await items[name].getValue()] as const),
  );
  return validSettings(Object.fromEntries(entries.filter(([, v]) => v !== null)));
}

export function watchSetting<K extends SettingName>(name: K, onChange: (value: Settings[K]) => void): () => void {
  return items[name].watch((value) => onChange(validSetting(name, value)));
}

/** Whether the user paused Second Look on this host (or a parent domain of it). */
export function isPaused(host: string, pausedSites: readonly string[]): boolean {
  return pausedSites.some((site) => host === site || host.endsWith('.' + site));
}
