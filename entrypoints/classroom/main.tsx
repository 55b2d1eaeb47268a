// Classroom page: renders src/ui/classroom and runs the same page scanner as the content script over it (content
// scripts do not run in extension pages). It reports to the background like a content script, so the popup and
// the badge of this tab show the demo shop's findings; a pause on this page stops it like on any site.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { isLang, type Lang } from '../../src/core/vocabulary';
import type { Finding } from '../../src/core/types';
import { clampEvidence, receive, ToContent, type ToBackground } from '../../src/messages';
import { startPageScanner, type PageScanner } from '../../src/page/scanner';
import { getSettings, isPaused, watchSetting } from '../../src/settings';
import { detector } from '../../src/tactics';
import { Classroom, MODES, type Mode } from '../../src/ui/classroom/Classroom';
import '../../src/ui/classroom/classroom.css';
import { HTML_LANG, resolveLanguage, strings } from '../../src/ui/i18n';

function report(findings: Finding[]): void {
  const message: ToBackground = {
    type: 'findings',
    url: location.href,
    findings: findings.map((f) => ({ ...f, evidence: clampEvidence(f.evidence), excerpt: clampEvidence(f.excerpt) })),
  };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

function showLanguage(lang: Lang, mode: Mode): void {
  document.documentElement.lang = HTML_LANG[lang];
  document.title = strings(lang).classroomTitle;
  history.replaceState(null, '', `?lang=${lang}&mode=${mode}`);
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const settings = await getSettings();
  const fromQuery = params.get('lang');
  const lang = isLang(fromQuery) ? fromQuery : resolveLanguage(settings.language, browser.i18n.getUILanguage());
  const modeParam = params.get('mode');
  const mode = (MODES as readonly string[]).includes(modeParam ?? '') ? (modeParam as Mode) : 'shop';
  showLanguage(lang, mode);
  // Rendered before the scanner starts, so its first scan reads the shop.
  const root = createRoot(document.getElementById('root')!);
  flushSync(() => root.render(<Classroom initialLang={lang} initialMode={mode} onChange={showLanguage} />));

  // The scanner analyses in place with the detector; pausing this page stops it (highlights cleared, zero
  // findings reported) and resuming starts it again, as on any site.
  let scanner: PageScanner | null = null;
  const apply = (pausedSites: readonly string[]): void => {
    if (isPaused(location.hostname, pausedSites)) {
      scanner?.stop();
      scanner = null;
      report([]);
    } else {
      scanner ??= startPageScanner({ doc: document, detector, report });
    }
  };
  apply(settings.pausedSites);
  watchSetting('pausedSites', apply);
  browser.runtime.onMessage.addListener((raw: unknown): undefined => {
    const message = receive(ToContent, raw);
    if (message?.type === 'reveal') scanner?.reveal(message.blockId);
    return undefined;
  });
}

void main();
