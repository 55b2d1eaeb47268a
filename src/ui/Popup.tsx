// The popup: the tab's findings grouped by family, the weightiest first; each card explains one finding.
import { useEffect, useState } from 'react';
import { FAMILIES, type Family, type Lang, type Severity } from '../core/vocabulary';
import type { FindingMessage, TabFindings } from '../messages';
import { tacticsById } from '../tactics';
import { familyName, strings } from './i18n';

const SEVERITY_WEIGHT: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

interface PopupProps {
  lang: Lang;
  loadFindings: () => Promise<TabFindings>;
  reveal: (blockId: string) => void;
}

function groupByFamily(findings: FindingMessage[]): Array<[Family, FindingMessage[]]> {
  const groups = new Map<Family, FindingMessage[]>();
  for (const f of findings) groups.set(f.family, [...(groups.get(f.family) ?? []), f]);
  const weight = (list: FindingMessage[]) => Math.max(...list.map((f) => SEVERITY_WEIGHT[f.severity]));
  return [...groups.entries()].sort(
    (a, b) => weight(b[1]) - weight(a[1]) || FAMILIES.indexOf(a[0]) - FAMILIES.indexOf(b[0]),
  );
}

function FindingCard({ finding, lang, reveal }: { finding: FindingMessage; lang: Lang; reveal: PopupProps['reveal'] }) {
  const t = strings(lang);
  const tactic = tacticsById.get(finding.tactic);
  const explanation = tactic?.explanation[lang];
  return (
    <li className={`card severity-${finding.severity}`}>
      <h3>{explanation?.name ?? finding.tactic}</h3>
      <p className="evidence">
        <span className="label">{t.pageShows}: </span>
        <q>{finding.excerpt}</q>
      </p>
      {explanation && (
        <>
          <p>
            <span className="label">{t.whyItWorks}: </span>
            {explanation.why}
          </p>
          <p className="label">{t.askYourself}:</p>
          <ul className="questions">
            {explanation.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
          <p className="source">
            {t.source}: {explanation.source}
          </p>
        </>
      )}
      <button type="button" onClick={() => reveal(finding.blockId)}>
        {t.showOnPage}
      </button>
    </li>
  );
}

export function Popup({ lang, loadFindings, reveal }: PopupProps) {
  const t = strings(lang);
  const [data, setData] = useState<TabFindings | null>(null);
  useEffect(() => {
    loadFindings().then(setData, () => setData({ url: '', findings: [] }));
  }, [loadFindings]);

  return (
    <main className="popup">
      <header>
        <h1>{t.title}</h1>
        {data && <p className="count">{t.findingsCount(data.findings.length)}</p>}
      </header>
      {!data && <p>{t.loading}</p>}
      {data && data.findings.length === 0 && <p className="empty">{t.empty}</p>}
      {data &&
        groupByFamily(data.findings).map(([family, list]) => (
          <section key={family} aria-label={familyName(lang, family)}>
            <h2>{familyName(lang, family)}</h2>
            <ul className="cards">
              {list.map((f) => (
                <FindingCard key={`${f.blockId}:${f.tactic}`} finding={f} lang={lang} reveal={reveal} />
              ))}
            </ul>
          </section>
        ))}
    </main>
  );
}
