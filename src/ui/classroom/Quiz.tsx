// Quiz mode: for each family's cue, the students pick the tactic family before the reveal; a score at the end.
// Native radio buttons and buttons, so it works with the keyboard alone; focus moves to what comes next.
import { useEffect, useRef, useState } from 'react';
import { FAMILIES, type Family, type Lang } from '../../core/vocabulary';
import { familyName, strings } from '../i18n';
import { explainCue } from './explain';
import { cuePerFamily, type Shop } from './shop-data';

/** Four answers: the right family and three others, in an order that differs from question to question. */
export function quizChoices(correct: Family, index: number): Family[] {
  const others = FAMILIES.filter((f) => f !== correct);
  const picked: Family[] = [];
  for (let k = 0; picked.length < 3; k++) {
    const candidate = others[(index * 5 + k * 4 + 1) % others.length]!;
    if (!picked.includes(candidate)) picked.push(candidate);
  }
  const at = (index * 3 + 1) % 4;
  return [...picked.slice(0, at), correct, ...picked.slice(at)];
}

export function Quiz({ shop, lang }: { shop: Shop; lang: Lang }) {
  const t = strings(lang);
  const questions = cuePerFamily(shop, FAMILIES);
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<Family | null>(null);
  const [checked, setChecked] = useState(false);
  const [score, setScore] = useState(0);
  const [done, setDone] = useState(false);
  const [warning, setWarning] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);

  useEffect(() => {
    if (done) doneRef.current?.focus();
    else if (checked) nextRef.current?.focus();
    else if (started.current) headingRef.current?.focus();
    started.current = true;
  }, [index, checked, done]);

  if (done) {
    return (
      <section className="quiz" data-second-look="" aria-labelledby="quiz-done">
        <h2 id="quiz-done" tabIndex={-1} ref={doneRef}>
          {t.quizDone}
        </h2>
        <p className="quiz-score" role="status">
          {t.score(score, questions.length)}
        </p>
        <button
          type="button"
          onClick={() => {
            setIndex(0);
            setSelected(null);
            setChecked(false);
            setScore(0);
            setDone(false);
          }}
        >
          {t.restart}
        </button>
      </section>
    );
  }

  const cue = questions[index]!;
  const choices = quizChoices(cue.family, index);
  const explanation = explainCue(cue.tactic, cue.family, lang);
  const isLast = index === questions.length - 1;
  const name = `quiz-${index}`;

  const check = () => {
    if (!selected) return setWarning(true);
    setWarning(false);
    setChecked(true);
    if (selected === cue.family) setScore((s) => s + 1);
  };
  const next = () => {
    if (isLast) return setDone(true);
    setIndex(index + 1);
    setSelected(null);
    setChecked(false);
  };

  return (
    <section className="quiz" data-second-look="" aria-labelledby="quiz-title">
      <h2 id="quiz-title" tabIndex={-1} ref={headingRef}>
        {t.quizQuestion(index + 1, questions.length)}
      </h2>
      <blockquote className="quiz-text" lang={shop.lang === 'zh' ? 'zh-CN' : shop.lang}>
        {cue.text}
      </blockquote>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!checked) check();
        }}
      >
        <fieldset disabled={checked}>
          <legend>{t.quizPrompt}</legend>
          {choices.map((family) => (
            <label
              key={family}
              className={`choice${checked && family === cue.family ? ' right' : ''}${checked && family === selected && family !== cue.family ? ' wrong' : ''}`}
            >
              <input
                type="radio"
                name={name}
                value={family}
                checked={selected === family}
                onChange={() => setSelected(family)}
              />{' '}
              {familyName(lang, family)}
            </label>
          ))}
        </fieldset>
        {!checked && <button type="submit">{t.checkAnswer}</button>}
        {warning && !checked && <p role="alert">{t.pickFirst}</p>}
      </form>
      {checked && (
        <div className="quiz-reveal">
          <p className="quiz-verdict" role="status">
            {selected === cue.family ? t.correct : t.incorrect(familyName(lang, cue.family))}
          </p>
          <p>
            <strong>{explanation.name}</strong>: {explanation.why}
          </p>
          <button type="button" ref={nextRef} onClick={next}>
            {isLast ? t.seeScore : t.nextQuestion}
          </button>
        </div>
      )}
    </section>
  );
}
