// The options page: every setting of src/settings.ts. Each change is saved at once; a live region says so.
// Browser calls come in as props (entrypoints/options/main.tsx).
import { useId, useState, type FormEvent } from 'react';
import { FAMILIES, LANGS, type Family, type Lang } from '../../core/vocabulary';
import type { SettingName, Settings } from '../../settings';
import { familyName, LANGUAGE_NAMES, strings } from '../i18n';

export interface OptionsProps {
  lang: Lang;
  initial: Settings;
  save: <K extends SettingName>(name: K, value: Settings[K]) => Promise<void>;
  /** Asks the browser for access to a host; must be called straight from the click. */
  requestHost: (host: string) => Promise<boolean>;
  releaseHost: (host: string) => Promise<void>;
  clearPriceMemory: () => Promise<void>;
}

/** A host name from what a person types: an address or a bare host; null when it is not one. */
export function normalizeHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z\d+.-]*:\/\//.test(text)) text = `https://${text}`;
  try {
    const host = new URL(text).hostname.replace(/^www\./, '');
    return /^[a-z\d-]+(?:\.[a-z\d-]+)+$/.test(host) && host.length <= 253 ? host : null;
  } catch {
    return null;
  }
}

function SiteList({
  sites,
  empty,
  removeLabel,
  onRemove,
}: {
  sites: readonly string[];
  empty: string;
  removeLabel: (host: string) => string;
  onRemove: (host: string) => void;
}) {
  if (sites.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="sites">
      {sites.map((site) => (
        <li key={site}>
          <span>{site}</span>
          <button type="button" aria-label={removeLabel(site)} onClick={() => onRemove(site)}>
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}

function SiteForm({ label, button, onAdd }: { label: string; button: string; onAdd: (host: string) => string | null }) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onAdd(value);
    setError(problem);
    if (!problem) setValue('');
  };
  return (
    <form className="site-form" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <div>
        <input
          id={id}
          type="text"
          inputMode="url"
          autoComplete="off"
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setValue(event.target.value)}
        />{' '}
        <button type="submit">{button}</button>
      </div>
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function Options({
  lang: initialLang,
  initial,
  save,
  requestHost,
  releaseHost,
  clearPriceMemory,
}: OptionsProps) {
  const [settings, setSettings] = useState<Settings>(initial);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const lang: Lang = settings.language === 'auto' ? initialLang : settings.language;
  const t = strings(lang);

  const update = <K extends SettingName>(name: K, value: Settings[K]) => {
    setSettings((s) => ({ ...s, [name]: value }));
    save(name, value).then(
      () =>
        setStatus(
          `${strings(name === 'language' && value !== 'auto' ? (value as Lang) : lang).saved} ${new Date().toLocaleTimeString()}`,
        ),
      () => setStatus(''),
    );
  };

  const toggleFamily = (family: Family, on: boolean) => {
    const next = FAMILIES.filter((f) => (f === family ? on : settings.enabledFamilies.includes(f)));
    update('enabledFamilies', next);
  };

  const addPaused = (input: string): string | null => {
    const host = normalizeHost(input);
    if (!host) return t.invalidHost;
    if (!settings.pausedSites.includes(host)) update('pausedSites', [...settings.pausedSites, host]);
    return null;
  };

  const addAdded = (input: string): string | null => {
    const host = normalizeHost(input);
    if (!host) return t.invalidHost;
    setProblem(null);
    requestHost(host).then(
      (granted) => {
        if (!granted) return setProblem(t.permissionDenied);
        setSettings((s) => {
          if (s.addedSites.includes(host)) return s;
          const addedSites = [...s.addedSites, host];
          void save('addedSites', addedSites).then(() => setStatus(t.saved));
          return { ...s, addedSites };
        });
      },
      () => setProblem(t.permissionDenied),
    );
    return null;
  };

  return (
    <main className="options">
      <h1>{t.optionsTitle}</h1>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>

      <section aria-labelledby="families-heading">
        <h2 id="families-heading">{t.familiesHeading}</h2>
        <fieldset>
          <legend>{t.familiesHint}</legend>
          <div className="families">
            {FAMILIES.map((family) => (
              <label key={family}>
                <input
                  type="checkbox"
                  checked={settings.enabledFamilies.includes(family)}
                  onChange={(event) => toggleFamily(family, event.target.checked)}
                />{' '}
                {familyName(lang, family)}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section aria-labelledby="sensitivity-heading">
        <h2 id="sensitivity-heading">{t.sensitivityHeading}</h2>
        <label>
          <input
            type="checkbox"
            checked={settings.showLowSeverity}
            onChange={(event) => update('showLowSeverity', event.target.checked)}
          />{' '}
          {t.showLowSeverity}
        </label>
      </section>

      <section aria-labelledby="paused-heading">
        <h2 id="paused-heading">{t.pausedHeading}</h2>
        <SiteList
          sites={settings.pausedSites}
          empty={t.pausedEmpty}
          removeLabel={t.removeSite}
          onRemove={(host) =>
            update(
              'pausedSites',
              settings.pausedSites.filter((s) => s !== host),
            )
          }
        />
        <SiteForm label={t.siteInputLabel} button={t.pauseSite} onAdd={addPaused} />
      </section>

      <section aria-labelledby="added-heading">
        <h2 id="added-heading">{t.addedHeading}</h2>
        <p className="muted">{t.addedHint}</p>
        <SiteList
          sites={settings.addedSites}
          empty={t.addedEmpty}
          removeLabel={t.removeSite}
          onRemove={(host) => {
            update(
              'addedSites',
              settings.addedSites.filter((s) => s !== host),
            );
            void releaseHost(host);
          }}
        />
        <SiteForm label={t.siteInputLabel} button={t.addSite} onAdd={addAdded} />
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
      </section>

      <section aria-labelledby="highlight-heading">
        <h2 id="highlight-heading">{t.highlightHeading}</h2>
        <fieldset>
          <legend className="visually-hidden">{t.highlightHeading}</legend>
          {(
            [
              ['marker', t.highlightMarker],
              ['underline', t.highlightUnderline],
              ['none', t.highlightNone],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="block">
              <input
                type="radio"
                name="highlightStyle"
                value={value}
                checked={settings.highlightStyle === value}
                onChange={() => update('highlightStyle', value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t.languageHeading}</h2>
        <select
          aria-labelledby="language-heading"
          value={settings.language}
          onChange={(event) => update('language', event.target.value as Settings['language'])}
        >
          <option value="auto">{t.languageAuto}</option>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </section>

      <section aria-labelledby="price-heading">
        <h2 id="price-heading">{t.priceMemoryHeading}</h2>
        <p className="muted">{t.priceMemoryHint}</p>
        <button
          type="button"
          onClick={() => {
            void clearPriceMemory().then(() => setStatus(t.priceMemoryCleared));
          }}
        >
          {t.clearPriceMemory}
        </button>
      </section>
    </main>
  );
}
