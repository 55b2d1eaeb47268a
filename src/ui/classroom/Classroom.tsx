// The classroom: a demo shop in en, zh and fi, a lesson, a quiz and a printable summary. The page scanner runs
// over it (entrypoints/classroom/main.tsx); everything but the shop's own markup carries data-second-look.
import { useState } from 'react';
import { LANGS, type Lang } from '../../core/vocabulary';
import { HTML_LANG, LANGUAGE_NAMES, strings } from '../i18n';
import { Lesson } from './Lesson';
import { Quiz } from './Quiz';
import { ShopPage } from './ShopPage';
import { SHOPS } from './shops';
import { Summary } from './Summary';

export const MODES = ['shop', 'lesson', 'quiz', 'summary'] as const;
export type Mode = (typeof MODES)[number];

export interface ClassroomProps {
  initialLang: Lang;
  initialMode: Mode;
  /** Called when the language or mode changes (the entrypoint keeps them in the address). */
  onChange?: (lang: Lang, mode: Mode) => void;
  print?: () => void;
}

export function Classroom({ initialLang, initialMode, onChange, print = () => window.print() }: ClassroomProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [mode, setMode] = useState<Mode>(initialMode);
  const t = strings(lang);
  const shop = SHOPS[lang];
  const modeNames: Record<Mode, string> = {
    shop: t.modeShop,
    lesson: t.modeLesson,
    quiz: t.modeQuiz,
    summary: t.modeSummary,
  };
  const change = (nextLang: Lang, nextMode: Mode) => {
    setLang(nextLang);
    setMode(nextMode);
    onChange?.(nextLang, nextMode);
  };

  return (
    <div className={`classroom mode-${mode}`} lang={HTML_LANG[lang]}>
      <header className="classroom-header" data-second-look="">
        <div className="classroom-title">
          <h1>{t.classroomTitle}</h1>
          <p>{t.classroomIntro}</p>
        </div>
        <nav aria-label={t.modes} className="modes">
          {MODES.map((m) => (
            <button key={m} type="button" aria-pressed={m === mode} onClick={() => change(lang, m)}>
              {modeNames[m]}
            </button>
          ))}
        </nav>
        <div role="group" aria-label={t.shopLanguage} className="languages">
          {LANGS.map((l) => (
            <button key={l} type="button" lang={HTML_LANG[l]} aria-pressed={l === lang} onClick={() => change(l, mode)}>
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </div>
      </header>
      <main className="classroom-main">
        {mode === 'shop' && (
          <>
            <p className="shop-note" data-second-look="">
              {t.shopNote}
            </p>
            <ShopPage shop={shop} />
          </>
        )}
        {mode === 'lesson' && <Lesson key={lang} shop={shop} lang={lang} />}
        {mode === 'quiz' && <Quiz key={lang} shop={shop} lang={lang} />}
        <div className={mode === 'summary' ? 'summary-wrap' : 'summary-wrap print-only'}>
          <Summary lang={lang} onPrint={print} />
        </div>
      </main>
    </div>
  );
}
