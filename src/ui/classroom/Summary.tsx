// The printable one-page summary: every tactic of the catalogue by family, with a one-line explanation and the
// questions to ask. Families the catalogue has no tactic for yet are explained as a whole.
import { FAMILIES, type Lang } from '../../core/vocabulary';
import { catalogue } from '../../tactics';
import { familyName, familyText, strings } from '../i18n';

export function Summary({ lang, onPrint }: { lang: Lang; onPrint: () => void }) {
  const t = strings(lang);
  return (
    <section className="summary" aria-labelledby="summary-title" data-second-look="">
      <h2 id="summary-title">{t.summaryTitle}</h2>
      <p className="summary-intro">{t.summaryIntro}</p>
      <p className="no-print">
        <button type="button" onClick={onPrint}>
          {t.print}
        </button>
      </p>
      <div className="summary-families">
        {FAMILIES.map((family) => {
          const tactics = catalogue.filter((tactic) => tactic.family === family);
          const text = familyText(lang, family);
          return (
            <section key={family} className="summary-family" aria-labelledby={`summary-${family}`}>
              <h3 id={`summary-${family}`}>{familyName(lang, family)}</h3>
              <p className="summary-line">{text.line}</p>
              <dl>
                {tactics.map((tactic) => {
                  const e = tactic.explanation[lang];
                  return (
                    <div key={tactic.id} className="summary-tactic">
                      <dt>{e.name}</dt>
                      <dd>
                        {e.what} <em>{e.questions[0]}</em>
                      </dd>
                    </div>
                  );
                })}
                {tactics.length === 0 && (
                  <div className="summary-tactic">
                    <dt>{t.questionsColumn}</dt>
                    <dd>
                      <em>{text.questions[0]}</em>
                    </dd>
                  </div>
                )}
              </dl>
            </section>
          );
        })}
      </div>
    </section>
  );
}
