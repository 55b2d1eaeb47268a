// Lesson mode: one tactic family per step. First the product page with the cue marked, then the explanation in
// type large enough for a projector. ArrowRight / ArrowLeft (or the buttons) move through the steps.
import { useEffect, useRef, useState } from 'react';
import { FAMILIES, type Lang } from '../../core/vocabulary';
import { strings } from '../i18n';
import { explainCue } from './explain';
import { cuePerFamily, type Shop } from './shop-data';
import { ProductPage } from './ShopPage';

export function Lesson({ shop, lang }: { shop: Shop; lang: Lang }) {
  const t = strings(lang);
  const steps = cuePerFamily(shop, FAMILIES);
  // Position counts half-steps: even = look at the cue, odd = read the explanation.
  const [position, setPosition] = useState(0);
  const last = steps.length * 2 - 1;
  const step = Math.floor(position / 2);
  const explaining = position % 2 === 1;
  const cue = steps[step]!;
  const product = shop.products.find((p) => p.cues.some((c) => c.id === cue.id))!;
  const explanation = explainCue(cue.tactic, cue.family, lang);
  const explanationRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && /^(?:INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      if (event.key === 'ArrowRight') setPosition((p) => Math.min(last, p + 1));
      else if (event.key === 'ArrowLeft') setPosition((p) => Math.max(0, p - 1));
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [last]);

  useEffect(() => {
    const element = explaining ? explanationRef.current : document.querySelector(`[data-cue="${cue.id}"]`);
    element?.scrollIntoView({ block: 'center' });
  }, [cue.id, explaining]);

  return (
    <section className="lesson" aria-labelledby="lesson-title">
      <div className="lesson-bar" data-second-look="">
        <h2 id="lesson-title">
          {t.lessonStep(step + 1, steps.length)}: {explanation.family}
        </h2>
        <p className="keys">{t.lessonKeys}</p>
        <div className="lesson-buttons">
          <button type="button" onClick={() => setPosition((p) => Math.max(0, p - 1))} disabled={position === 0}>
            ← {t.previous}
          </button>
          <button type="button" onClick={() => setPosition((p) => Math.min(last, p + 1))} disabled={position === last}>
            {t.next} →
          </button>
        </div>
      </div>
      <div className="lesson-stage">
        <ProductPage product={product} focusCue={cue.id} headingLevel={3} />
        <aside className="lesson-panel" data-second-look="" aria-live="polite" ref={explanationRef}>
          {!explaining && <p className="lesson-look">{t.lessonLook}</p>}
          {explaining && (
            <>
              <p className="lesson-family">{explanation.family}</p>
              <h3 className="lesson-name">{explanation.name}</h3>
              <p className="lesson-quote">
                <q>{cue.text}</q>
              </p>
              <p className="lesson-what">{explanation.what}</p>
              <p className="lesson-why">{explanation.why}</p>
              <ul className="lesson-questions">
                {explanation.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
              <p className="lesson-source">
                {t.source}: {explanation.source}
              </p>
            </>
          )}
        </aside>
      </div>
    </section>
  );
}
