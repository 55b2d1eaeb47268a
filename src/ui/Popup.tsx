// The popup: the tab's findings grouped by family, the weightiest first; each card explains one finding.
// Browser calls come in as props (entrypoints/popup/main.tsx), so the component renders in tests too.
import { useCallback, useEffect, useState } from 'react';
import { FAMILIES, type Family, type Lang, type Severity } from '../core/vocabulary';
import type { FindingMessage, TabFindings } from '../messages';
import { tacticsById } from '../tactics';
import { factSentence } from './facts';
import { familyName, familyText, strings } from './i18n';

const SEVERITY_WEIGHT: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export interface PopupSettings {
  enabledFamilies: readonly Family[];
  showLowSeverity: boolean;
  pausedSites: readonly string[];
}

export interface PopupProps {
  lang: Lang;
  settings: PopupSettings;
  loadFindings: () => Promise<TabFindings>;
  reveal: (blockId: string) => void;
  /** Pauses (true) or resumes (false) Second Look on a host. */
  setPaused: (host: string, paused: boolean) => Promise<void>;
  /** Reads the page once through activeTab; resolves false when the browser refuses. */
  scanPage: () => Promise<boolean>;
  openClassroom: () => void;
  openOptions: () => void;
}

/** The host a pause applies to: the page's host, or the extension's id for its own pages (the classroom). */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return /^[a-z\d.-]+$/.test(host) ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

function isPausedHost(host: string, paused: readonly string[]): boolean {
  return paused.some((site) => host === site || host.endsWith('.' + site));
}

export function visibleFindings(findings: FindingMessage[], settings: PopupSettings): FindingMessage[] {
  return findings.filter(
    (f) => settings.enabledFamilies.includes(f.family) && (settings.showLowSeverity || f.severity !== 'low'),
  );
}

export function groupByFamily(findings: FindingMessage[]): Array<[Family, FindingMessage[]]> {
  const groups = new Map<Family, FindingMessage[]>();
  for (const f of findings) groups.set(f.family, [...(groups.get(f.family) ?? []), f]);
  const weight = (list: FindingMessage[]) =>
    Math.max(...list.map((f) => SEVERITY_WEIGHT[f.severity])) * 1000 + list.length;
  for (const list of groups.values()) list.sort((a, b) => SEVERITY_WEIGHT[b.severity] - SEVERITY_WEIGHT[a.severity]);
  return [...groups.entries()].sort(
    (a, b) => weight(b[1]) - weight(a[1]) || FAMILIES.indexOf(a[0]) - FAMILIES.indexOf(b[0]),
  );
}

function FindingCard({ finding, lang, reveal }: { finding: FindingMessage; lang: Lang; reveal: PopupProps['reveal'] }) {
  const t = strings(lang);
  const explanation = tacticsById.get(finding.tactic)?.explanation[lang];
  const family = familyText(lang, finding.family);
  const name = explanation?.name ?? familyName(lang, finding.family);
  const facts = finding.facts.map((f) => factSentence(f, lang)).filter((s): s is string => s !== null);
  const questions = (explanation?.questions ?? family.questions).slice(0, 3);
  const headingId = `card-${finding.blockId}-${finding.tactic}`;
  return (
    <li
      className={`card severity-${finding.severity}`}
      aria-labelledby={headingId}
      onClick={() => reveal(finding.blockId)}
    >
      <div className="card-head">
        <h3 id={headingId}>{name}</h3>
        <span className="severity">{t.severity[finding.severity]}</span>
      </div>
      <p className="evidence">
        <span className="label">{t.pageShows}: </span>
        <q>{finding.evidence}</q>
        {finding.excerpt && finding.excerpt !== finding.evidence && (
          <span className="excerpt"> ({finding.excerpt})</span>
        )}
      </p>
      <p>
        <span className="label">{t.whyItWorks}: </span>
        {explanation?.why ?? family.why}
      </p>
      <p className="source">
        {t.source}: {explanation?.source ?? family.source}
      </p>
      {facts.length > 0 && (
        <div className="facts">
          <p className="label">{t.theNumbers}:</p>
          <ul>
            {facts.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="label">{t.askYourself}:</p>
      <ul className="questions">
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <button
        type="button"
        aria-label={t.showOnPageLabel(name)}
        onClick={(event) => {
          event.stopPropagation();
          reveal(finding.blockId);
        }}
      >
        {t.showOnPage}
      </button>
    </li>
  );
}

type ScanState = 'idle' | 'scanning' | 'failed';

export function Popup(props: PopupProps) {
  const { lang, settings, loadFindings, reveal, setPaused, scanPage, openClassroom, openOptions } = props;
  const t = strings(lang);
  const [data, setData] = useState<TabFindings | null>(null);
  const [scan, setScan] = useState<ScanState>('idle');

  const reload = useCallback(() => {
    loadFindings().then(setData, () => setData({ url: '', findings: [] }));
  }, [loadFindings]);
  useEffect(reload, [reload]);

  const host = data ? hostOf(data.url) : null;
  const paused = host !== null && isPausedHost(host, settings.pausedSites);
  const shown = data ? visibleFindings(data.findings, settings) : [];
  const hiddenLow = data ? data.findings.some((f) => f.severity === 'low') && !settings.showLowSeverity : false;
  const notScanned = data !== null && data.url === '';

  const onScan = async () => {
    setScan('scanning');
    const ok = await scanPage().catch(() => false);
    if (!ok) return setScan('failed');
    setScan('idle');
    // The content script reports on its first scan; ask again shortly after.
    setTimeout(reload, 600);
  };

  return (
    <div className="popup">
      <header className="popup-header">
        <h1>{t.title}</h1>
        <p className="count" aria-live="polite">
          {data && !notScanned && !paused ? t.findingsCount(shown.length) : ''}
        </p>
      </header>
      <main className="popup-body">
        {!data && <p className="status">{t.loading}</p>}
        {paused && host && (
          <section className="status" aria-labelledby="paused-title">
            <h2 id="paused-title">{t.pausedTitle(host)}</h2>
            <p>{t.pausedBody}</p>
          </section>
        )}
        {notScanned && (
          <section className="status" aria-labelledby="not-scanned-title">
            <h2 id="not-scanned-title">{t.notScannedTitle}</h2>
            <p>{t.notScannedBody}</p>
            <button type="button" className="primary" onClick={onScan} disabled={scan === 'scanning'}>
              {scan === 'scanning' ? t.scanning : t.scanPage}
            </button>
            {scan === 'failed' && <p role="alert">{t.scanFailed}</p>}
          </section>
        )}
        {data && !notScanned && !paused && shown.length === 0 && (
          <section className="status empty" aria-labelledby="empty-title">
            <h2 id="empty-title">{t.emptyTitle}</h2>
            <p>{t.emptyChecked}</p>
            <p className="checked">{settings.enabledFamilies.map((f) => familyName(lang, f)).join(' · ')}</p>
            {hiddenLow && <p>{t.emptyLowHidden}</p>}
          </section>
        )}
        {data &&
          !paused &&
          groupByFamily(shown).map(([family, list]) => (
            <section key={family} aria-label={familyName(lang, family)}>
              <h2>{familyName(lang, family)}</h2>
              <ul className="cards">
                {list.map((f) => (
                  <FindingCard
                    key={`${f.blockId}:${f.tactic}:${f.span.start}`}
                    finding={f}
                    lang={lang}
                    reveal={reveal}
                  />
                ))}
              </ul>
            </section>
          ))}
      </main>
      <footer className="popup-footer">
        {host && (
          <button
            type="button"
            onClick={() => {
              void setPaused(host, !paused);
            }}
          >
            {paused ? t.resume : t.pause}
          </button>
        )}
        <span className="spacer" />
        <button type="button" onClick={openClassroom}>
          {t.openClassroom}
        </button>
        <button type="button" onClick={openOptions}>
          {t.openOptions}
        </button>
      </footer>
    </div>
  );
}
