// Behaviour only the DOM shows, turned into LayoutFacts for the core: a countdown whose digits go down
// between two reads, a checkbox for an add-on or subscription ticked before the user touched it, and an
// offer that appears after the pointer leaves the window or after a first offer was dismissed.

/** Two reads of a clock closer than this do not count as ticking (a re-render, not the passing of time). */
export const COUNTDOWN_MIN_READ_GAP_MS = 400;
/** An offer that appears this long after an exit gesture or a dismissal counts as appearing on exit. */
export const EXIT_OFFER_WINDOW_MS = 4_000;

// "09:59", "1:02:03", "00:15:07:45"; or units: "2h 14m 05s", "02 Hours 14 Minutes 9 Seconds", "3 天 2 小时".
const COLON_CLOCK = /(?<![\d:])(\d{1,2})((?::\d{2}){1,3})(?![\d:])/;
const UNIT_PART =
  /(\d{1,3})\s*([d天ht时ms秒]|days?|pv|päivää|hrs?|hours?|tuntia|小时|mins?|minutes?|minuuttia|分钟?|secs?|seconds?|sekuntia)(?![a-zäö])/giu;
const UNIT_SECONDS: Record<string, number> = {
  d: 86_400,
  p: 86_400,
  天: 86_400,
  h: 3_600,
  t: 3_600,
  小: 3_600,
  时: 3_600,
};

function unitSeconds(unit: string): number {
  const first = unit[0]!.toLowerCase();
  if (first === 'm' || first === '分') return 60;
  if (first === 's' || first === '秒') return 1;
  return UNIT_SECONDS[first] ?? 0;
}

/** The first clock-like value in a text, in seconds, or null when there is none. */
export function clockSeconds(text: string): number | null {
  const colon = COLON_CLOCK.exec(text);
  if (colon) {
    const groups = [colon[1]!, ...colon[2]!.slice(1).split(':')].map(Number);
    return groups.reduce((total, value) => total * 60 + value, 0);
  }
  let total = 0;
  let parts = 0;
  UNIT_PART.lastIndex = 0;
  for (let m = UNIT_PART.exec(text); m && parts < 4; m = UNIT_PART.exec(text)) {
    total += Number(m[1]) * unitSeconds(m[2]!);
    parts++;
  }
  return parts >= 2 ? total : null;
}

/** Remembers the clock value last read in each element; says when it went down. */
export function createCountdownTracker(now: () => number = () => performance.now()) {
  const last = new WeakMap<Element, { seconds: number; at: number }>();
  const ticking = new WeakSet<Element>();
  return {
    /** Records this read of `element`'s text; true once its clock has gone down between two reads. */
    read(element: Element, text: string): boolean {
      if (ticking.has(element)) return true;
      const seconds = clockSeconds(text);
      if (seconds === null) return false;
      const at = now();
      const before = last.get(element);
      if (before && seconds < before.seconds && at - before.at >= COUNTDOWN_MIN_READ_GAP_MS) {
        ticking.add(element);
        return true;
      }
      if (!before || seconds !== before.seconds) last.set(element, { seconds, at });
      return false;
    },
  };
}

/** Words of an add-on, a protection plan, a donation or a subscription, in the label of a ticked box. */
const ADD_ON_WORDS =
  /protect|warrant|insur|guarantee|cover|plan\b|subscri|\bmember|newsletter|email me|e-mail me|send me|offers|promotion|donat|round up|gift ?wrap|add\b|add-on|addon|extra|trial|auto-?renew|recurring|every (?:month|week|year)|monthly|priority|express|tip\b|保险|保障|延保|订阅|会员|自动续费|加购|捐|vakuutus|turva|takuu|tilaa|tilaus|jäsen|uutiskirje|lisä|lahjoit|kuukausi/i;

/** Whether the label text of a ticked checkbox speaks of an add-on or a subscription. */
export function isAddOnLabel(text: string): boolean {
  return ADD_ON_WORDS.test(text);
}

/** The element whose text labels a checkbox. */
export function labelOf(input: HTMLInputElement): Element | null {
  return input.labels?.[0] ?? input.closest('label') ?? input.parentElement;
}

/** Checkboxes the user has changed: ticked by them, not by the page. */
export function createUserTouchTracker(doc: Document) {
  const touched = new WeakSet<EventTarget>();
  const onChange = (event: Event): void => {
    if (event.isTrusted && event.target) touched.add(event.target);
  };
  doc.addEventListener('change', onChange, true);
  return {
    /** Ticked by the page: checked and never changed by the user. */
    tickedByPage(input: HTMLInputElement): boolean {
      return input.checked && !touched.has(input);
    },
    stop(): void {
      doc.removeEventListener('change', onChange, true);
    },
  };
}

const DISMISS_WORDS = /close|dismiss|no,? thanks|not now|maybe later|skip|[×✕✖]|sulje|ei kiitos|关闭|不用了|取消/i;

/** Remembers the last exit gesture (pointer leaving through the top) and the last dismissed offer. */
export function createExitTracker(doc: Document, now: () => number = () => performance.now()) {
  let lastGesture = -Infinity;
  const onMouseOut = (event: MouseEvent): void => {
    if (event.relatedTarget === null && event.clientY <= 0) lastGesture = now();
  };
  const onLeave = (): void => {
    lastGesture = now();
  };
  const onClick = (event: MouseEvent): void => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const control = event.target.closest('button,a,[role="button"],[aria-label],[class*="close" i]');
    if (!control) return;
    const words = `${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('title') ?? ''} ${
      control.className && typeof control.className === 'string' ? control.className : ''
    } ${(control.textContent ?? '').slice(0, 40)}`;
    if (DISMISS_WORDS.test(words)) lastGesture = now();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.isTrusted && event.key === 'Escape') lastGesture = now();
  };
  doc.addEventListener('mouseout', onMouseOut, true);
  doc.documentElement.addEventListener('mouseleave', onLeave);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  return {
    /** Something that appears now appears on exit or after a dismissal. */
    recent(): boolean {
      return now() - lastGesture <= EXIT_OFFER_WINDOW_MS;
    },
    stop(): void {
      doc.removeEventListener('mouseout', onMouseOut, true);
      doc.documentElement.removeEventListener('mouseleave', onLeave);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
    },
  };
}
