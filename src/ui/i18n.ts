// UI strings in the three languages, one typed table: a key missing in one language is a type error, and
// test/unit/ui-i18n.test.ts checks every key and every tactic of the catalogue in en, zh and fi.
// Tactic names and explanations come from the catalogue; family texts (for families the lesson and the summary
// explain as a whole) live here.
import type { Family, Lang } from '../core/vocabulary';

export type LanguageSetting = 'auto' | Lang;

/** The UI language for a browser locale (zh-CN, zh-TW, fi-FI ... ); English otherwise. */
export function uiLanguage(locale: string | undefined): Lang {
  const lower = (locale ?? '').toLowerCase();
  if (lower.startsWith('zh')) return 'zh';
  if (lower.startsWith('fi')) return 'fi';
  return 'en';
}

/** The language setting resolved against the browser's language. */
export function resolveLanguage(setting: LanguageSetting, browserLocale: string | undefined): Lang {
  return setting === 'auto' ? uiLanguage(browserLocale) : setting;
}

/** Each language's own name, the same in every UI language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', zh: '中文', fi: 'Suomi' };

/** The lang attribute for each UI language (zh is Simplified Chinese, as in _locales/zh_CN). */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN', fi: 'fi' };

const en = {
  title: 'Second Look',
  loading: 'Reading the page…',
  findingsCount: (n: number) => (n === 1 ? '1 finding' : `${n} findings`),
  emptyTitle: 'Nothing found on this page',
  emptyChecked: 'Second Look read the visible text of this page and looked for these tactics:',
  emptyLowHidden: 'Low-severity cues are hidden (see Settings).',
  notScannedTitle: 'Second Look has not read this page',
  notScannedBody:
    'It reads the shops on its list and the sites you add. You can let it read this page once; nothing leaves your device.',
  scanPage: 'Scan this page',
  scanning: 'Reading…',
  scanFailed: 'This page cannot be read (browser pages and the web store are closed to extensions).',
  pause: 'Pause on this site',
  resume: 'Resume on this site',
  pausedTitle: (host: string) => `Paused on ${host}`,
  pausedBody: 'Second Look does not read or mark this site until you resume.',
  pageShows: 'The page shows',
  whyItWorks: 'Why it works',
  theNumbers: 'The numbers',
  askYourself: 'Worth asking before you buy',
  source: 'Source',
  showOnPage: 'Show on page',
  showOnPageLabel: (name: string) => `Show “${name}” on the page`,
  severity: { low: 'low', medium: 'medium', high: 'high' },
  openClassroom: 'Classroom',
  openOptions: 'Settings',
  // Options
  optionsTitle: 'Second Look settings',
  saved: 'Saved',
  familiesHeading: 'Tactic families',
  familiesHint: 'Second Look marks and explains the families that are ticked.',
  sensitivityHeading: 'Sensitivity',
  showLowSeverity: 'Show low-severity cues (free shipping, points and similar gentle nudges)',
  pausedHeading: 'Paused sites',
  pausedEmpty: 'No paused sites.',
  addedHeading: 'Added sites',
  addedHint:
    'Second Look reads a list of major shops. Add another shop here; the browser will ask you to allow access to it.',
  addedEmpty: 'No added sites.',
  siteInputLabel: 'Site address, e.g. shop.example.com',
  addSite: 'Add site',
  pauseSite: 'Pause site',
  removeSite: (host: string) => `Remove ${host}`,
  invalidHost: 'That does not look like a site address.',
  permissionDenied: 'The browser did not allow access to that site, so it was not added.',
  highlightHeading: 'Highlight style',
  highlightMarker: 'Marker (yellow background)',
  highlightUnderline: 'Underline',
  highlightNone: 'No marks on the page (popup and badge only)',
  languageHeading: 'Language',
  languageAuto: 'Same as the browser',
  priceMemoryHeading: 'Price memory',
  priceMemoryHint: 'Prices Second Look remembered on this device to compare them later.',
  clearPriceMemory: 'Clear price memory',
  priceMemoryCleared: 'Price memory cleared.',
  // Classroom
  classroomTitle: 'Second Look classroom',
  classroomIntro:
    'A demo shop with every tactic family, a step-by-step lesson and a quiz. Everything runs offline, inside the extension.',
  modes: 'Classroom modes',
  modeShop: 'Demo shop',
  modeLesson: 'Lesson',
  modeQuiz: 'Quiz',
  modeSummary: 'Summary',
  shopLanguage: 'Shop language',
  shopNote: 'A made-up shop: the products, prices and offers are invented for teaching.',
  lessonStep: (n: number, total: number) => `Step ${n} of ${total}`,
  lessonKeys: 'Keys: → next, ← previous',
  lessonLook: 'Look at the marked text. Which tactic is it? Press → for the explanation.',
  previous: 'Previous',
  next: 'Next',
  family: 'Family',
  quizQuestion: (n: number, total: number) => `Question ${n} of ${total}`,
  quizPrompt: 'Which tactic is this text using?',
  checkAnswer: 'Check answer',
  pickFirst: 'Pick an answer first.',
  correct: 'Correct.',
  incorrect: (answer: string) => `Not quite: it is ${answer}.`,
  nextQuestion: 'Next question',
  seeScore: 'See my score',
  score: (n: number, total: number) => `You recognised ${n} of ${total} tactics.`,
  quizDone: 'Quiz finished',
  restart: 'Start again',
  summaryTitle: 'Persuasion tactics on shopping pages: a one-page summary',
  summaryIntro:
    'Each tactic works on ordinary, healthy instincts. Noticing it is enough: then judge the offer on its own merits.',
  print: 'Print the summary',
  tacticColumn: 'Tactic',
  explanationColumn: 'What it is',
  questionsColumn: 'Ask yourself',
};

type UiTable = typeof en;

const zh: UiTable = {
  title: '再看一眼',
  loading: '正在读取页面…',
  findingsCount: (n) => `${n} 项发现`,
  emptyTitle: '本页没有发现',
  emptyChecked: '“再看一眼”读取了本页的可见文字,并检查了以下手法:',
  emptyLowHidden: '低程度的提示已隐藏(见设置)。',
  notScannedTitle: '“再看一眼”还没有读取本页',
  notScannedBody: '它只读取清单上的商店和你添加的网站。你可以让它读取本页一次;任何内容都不会离开你的设备。',
  scanPage: '扫描本页',
  scanning: '正在读取…',
  scanFailed: '无法读取本页(浏览器自身页面和扩展商店不允许扩展访问)。',
  pause: '在此网站暂停',
  resume: '在此网站恢复',
  pausedTitle: (host) => `已在 ${host} 暂停`,
  pausedBody: '恢复之前,“再看一眼”不会读取或标记这个网站。',
  pageShows: '页面显示',
  whyItWorks: '为什么有效',
  theNumbers: '算一算',
  askYourself: '购买前不妨问问自己',
  source: '出处',
  showOnPage: '在页面上显示',
  showOnPageLabel: (name) => `在页面上显示“${name}”`,
  severity: { low: '低', medium: '中', high: '高' },
  openClassroom: '课堂',
  openOptions: '设置',
  optionsTitle: '“再看一眼”设置',
  saved: '已保存',
  familiesHeading: '手法类别',
  familiesHint: '“再看一眼”只标记并解释已勾选的类别。',
  sensitivityHeading: '灵敏度',
  showLowSeverity: '显示低程度的提示(包邮、积分等温和的推动)',
  pausedHeading: '已暂停的网站',
  pausedEmpty: '没有暂停的网站。',
  addedHeading: '添加的网站',
  addedHint: '“再看一眼”会读取一份主要商店的清单。你可以在这里添加其他商店;浏览器会请你允许访问该网站。',
  addedEmpty: '没有添加的网站。',
  siteInputLabel: '网站地址,例如 shop.example.com',
  addSite: '添加网站',
  pauseSite: '暂停网站',
  removeSite: (host) => `移除 ${host}`,
  invalidHost: '这看起来不像一个网站地址。',
  permissionDenied: '浏览器没有允许访问该网站,因此没有添加。',
  highlightHeading: '标记样式',
  highlightMarker: '荧光笔(黄色背景)',
  highlightUnderline: '下划线',
  highlightNone: '不在页面上标记(只用弹出窗口和图标计数)',
  languageHeading: '语言',
  languageAuto: '跟随浏览器',
  priceMemoryHeading: '价格记录',
  priceMemoryHint: '“再看一眼”在本设备上记下的价格,用于日后比较。',
  clearPriceMemory: '清除价格记录',
  priceMemoryCleared: '价格记录已清除。',
  classroomTitle: '“再看一眼”课堂',
  classroomIntro: '一个包含所有手法类别的演示商店,配有分步讲解和小测验。全部离线运行,就在扩展之内。',
  modes: '课堂模式',
  modeShop: '演示商店',
  modeLesson: '讲解',
  modeQuiz: '测验',
  modeSummary: '总结',
  shopLanguage: '商店语言',
  shopNote: '这是虚构的商店:商品、价格和优惠都是为教学编写的。',
  lessonStep: (n, total) => `第 ${n} 步,共 ${total} 步`,
  lessonKeys: '按键:→ 下一步,← 上一步',
  lessonLook: '看看被标记的文字。这是哪种手法?按 → 查看解释。',
  previous: '上一步',
  next: '下一步',
  family: '类别',
  quizQuestion: (n, total) => `第 ${n} 题,共 ${total} 题`,
  quizPrompt: '这段文字用的是哪种手法?',
  checkAnswer: '核对答案',
  pickFirst: '请先选择一个答案。',
  correct: '答对了。',
  incorrect: (answer) => `不太对:这是“${answer}”。`,
  nextQuestion: '下一题',
  seeScore: '查看得分',
  score: (n, total) => `你认出了 ${total} 种手法中的 ${n} 种。`,
  quizDone: '测验完成',
  restart: '重新开始',
  summaryTitle: '购物页面上的说服手法:一页总结',
  summaryIntro: '每种手法利用的都是人之常情。看出它就够了,然后就事论事地判断这笔交易。',
  print: '打印总结',
  tacticColumn: '手法',
  explanationColumn: '是什么',
  questionsColumn: '问问自己',
};

const fi: UiTable = {
  title: 'Second Look',
  loading: 'Luetaan sivua…',
  findingsCount: (n) => (n === 1 ? '1 havainto' : `${n} havaintoa`),
  emptyTitle: 'Sivulta ei löytynyt mitään',
  emptyChecked: 'Second Look luki sivun näkyvän tekstin ja etsi näitä keinoja:',
  emptyLowHidden: 'Lievät vihjeet on piilotettu (ks. Asetukset).',
  notScannedTitle: 'Second Look ei ole lukenut tätä sivua',
  notScannedBody:
    'Se lukee listansa verkkokaupat ja itse lisäämäsi sivustot. Voit antaa sen lukea tämän sivun kerran; mitään ei lähetetä laitteeltasi.',
  scanPage: 'Tarkista tämä sivu',
  scanning: 'Luetaan…',
  scanFailed: 'Tätä sivua ei voi lukea (selaimen omat sivut ja laajennuskauppa ovat laajennuksilta suljettuja).',
  pause: 'Keskeytä tällä sivustolla',
  resume: 'Jatka tällä sivustolla',
  pausedTitle: (host) => `Keskeytetty sivustolla ${host}`,
  pausedBody: 'Second Look ei lue eikä merkitse tätä sivustoa, ennen kuin jatkat.',
  pageShows: 'Sivulla lukee',
  whyItWorks: 'Miksi se toimii',
  theNumbers: 'Luvut',
  askYourself: 'Kysy ennen ostamista',
  source: 'Lähde',
  showOnPage: 'Näytä sivulla',
  showOnPageLabel: (name) => `Näytä ”${name}” sivulla`,
  severity: { low: 'lievä', medium: 'keskitaso', high: 'vahva' },
  openClassroom: 'Luokkahuone',
  openOptions: 'Asetukset',
  optionsTitle: 'Second Lookin asetukset',
  saved: 'Tallennettu',
  familiesHeading: 'Keinojen ryhmät',
  familiesHint: 'Second Look merkitsee ja selittää valitut ryhmät.',
  sensitivityHeading: 'Herkkyys',
  showLowSeverity: 'Näytä lievät vihjeet (ilmainen toimitus, bonuspisteet ja muut kevyet tönäisyt)',
  pausedHeading: 'Keskeytetyt sivustot',
  pausedEmpty: 'Ei keskeytettyjä sivustoja.',
  addedHeading: 'Lisätyt sivustot',
  addedHint:
    'Second Look lukee listan suuria verkkokauppoja. Lisää tähän muita kauppoja; selain pyytää sinulta luvan sivuston käyttöön.',
  addedEmpty: 'Ei lisättyjä sivustoja.',
  siteInputLabel: 'Sivuston osoite, esim. kauppa.example.fi',
  addSite: 'Lisää sivusto',
  pauseSite: 'Keskeytä sivusto',
  removeSite: (host) => `Poista ${host}`,
  invalidHost: 'Tämä ei näytä sivuston osoitteelta.',
  permissionDenied: 'Selain ei antanut lupaa sivuston käyttöön, joten sitä ei lisätty.',
  highlightHeading: 'Merkintätapa',
  highlightMarker: 'Korostustussi (keltainen tausta)',
  highlightUnderline: 'Alleviivaus',
  highlightNone: 'Ei merkintöjä sivulla (vain ponnahdusikkuna ja kuvakkeen luku)',
  languageHeading: 'Kieli',
  languageAuto: 'Sama kuin selaimessa',
  priceMemoryHeading: 'Hintamuisti',
  priceMemoryHint: 'Hinnat, jotka Second Look muisti tällä laitteella myöhempää vertailua varten.',
  clearPriceMemory: 'Tyhjennä hintamuisti',
  priceMemoryCleared: 'Hintamuisti tyhjennetty.',
  classroomTitle: 'Second Lookin luokkahuone',
  classroomIntro:
    'Esittelykauppa, jossa on jokainen keinojen ryhmä, vaiheittainen oppitunti ja visa. Kaikki toimii ilman verkkoyhteyttä laajennuksen sisällä.',
  modes: 'Luokkahuoneen tilat',
  modeShop: 'Esittelykauppa',
  modeLesson: 'Oppitunti',
  modeQuiz: 'Visa',
  modeSummary: 'Yhteenveto',
  shopLanguage: 'Kaupan kieli',
  shopNote: 'Keksitty kauppa: tuotteet, hinnat ja tarjoukset on kirjoitettu opetusta varten.',
  lessonStep: (n, total) => `Vaihe ${n}/${total}`,
  lessonKeys: 'Näppäimet: → seuraava, ← edellinen',
  lessonLook: 'Katso merkittyä tekstiä. Mikä keino se on? Paina → nähdäksesi selityksen.',
  previous: 'Edellinen',
  next: 'Seuraava',
  family: 'Ryhmä',
  quizQuestion: (n, total) => `Kysymys ${n}/${total}`,
  quizPrompt: 'Mitä keinoa tämä teksti käyttää?',
  checkAnswer: 'Tarkista vastaus',
  pickFirst: 'Valitse ensin vastaus.',
  correct: 'Oikein.',
  incorrect: (answer) => `Ei aivan: se on ${answer}.`,
  nextQuestion: 'Seuraava kysymys',
  seeScore: 'Näytä pisteet',
  score: (n, total) => `Tunnistit ${n}/${total} keinoa.`,
  quizDone: 'Visa on valmis',
  restart: 'Aloita alusta',
  summaryTitle: 'Suostuttelukeinot verkkokaupoissa: yhden sivun yhteenveto',
  summaryIntro:
    'Jokainen keino nojaa tavallisiin, terveisiin vaistoihin. Riittää, että huomaat sen: arvioi sitten tarjousta sen omilla ansioilla.',
  print: 'Tulosta yhteenveto',
  tacticColumn: 'Keino',
  explanationColumn: 'Mitä se on',
  questionsColumn: 'Kysy itseltäsi',
};

export const STRINGS: Record<Lang, UiTable> = { en, zh, fi };
export type UiStrings = UiTable;

export function strings(lang: Lang): UiStrings {
  return STRINGS[lang];
}

const FAMILY_NAMES: Record<Lang, Record<Family, string>> = {
  en: {
    reciprocity: 'Reciprocity',
    concession: 'Reciprocal concession',
    anchoring: 'Anchor prices',
    urgency: 'Urgency',
    scarcity: 'Scarcity',
    'social-proof': 'Social proof',
    commitment: 'Commitment',
    confirmshaming: 'Confirmshaming',
    'pressured-selling': 'Pressured selling',
    sneaking: 'Sneaking',
    obstruction: 'Obstruction',
    'forced-action': 'Forced action',
  },
  zh: {
    reciprocity: '互惠',
    concession: '让步(先拒后让)',
    anchoring: '锚定价格',
    urgency: '紧迫感',
    scarcity: '稀缺',
    'social-proof': '社会认同',
    commitment: '承诺与一致',
    confirmshaming: '羞辱式拒绝',
    'pressured-selling': '强行推销',
    sneaking: '暗中添加',
    obstruction: '设置障碍',
    'forced-action': '强制行为',
  },
  fi: {
    reciprocity: 'Vastavuoroisuus',
    concession: 'Vastavuoroinen myönnytys',
    anchoring: 'Vertailuhinnat',
    urgency: 'Kiire',
    scarcity: 'Niukkuus',
    'social-proof': 'Sosiaalinen todiste',
    commitment: 'Sitoutuminen',
    confirmshaming: 'Syyllistävä kieltäytyminen',
    'pressured-selling': 'Painostava myynti',
    sneaking: 'Salaa lisätty',
    obstruction: 'Hankaloittaminen',
    'forced-action': 'Pakotettu toiminto',
  },
};

export function familyName(lang: Lang, family: Family): string {
  return FAMILY_NAMES[lang][family];
}

/** A family explained as a whole: for the lesson, the quiz and the summary when no single tactic fits. */
export interface FamilyText {
  /** One line: what the page does. */
  line: string;
  /** Why it works: two or three sentences. */
  why: string;
  source: string;
  questions: string[];
}

const CIALDINI = 'Cialdini, Influence: The Psychology of Persuasion (1984, rev. 2021)';
const MATHUR = 'Mathur et al., "Dark Patterns at Scale" (CSCW 2019)';

export const FAMILY_TEXTS: Record<Lang, Record<Family, FamilyText>> = {
  en: {
    reciprocity: {
      line: 'A gift, sample, free shipping or points comes first, so that buying feels like giving back.',
      why: 'After receiving something, people feel indebted and want to return the favour, even for a gift they did not ask for and even when the return is worth more. A free extra also makes the whole offer feel generous.',
      source: CIALDINI + ', chapter on reciprocation.',
      questions: ['Would I buy this without the gift?', 'What is the gift really worth to me?'],
    },
    concession: {
      line: 'After you say no to a big offer, a smaller one follows and feels like a concession.',
      why: 'When someone retreats from a large request, we feel we should meet them halfway, so the second, smaller offer (the one intended all along) is easier to accept. The retreat feels like a favour that asks to be returned.',
      source:
        'Cialdini et al. (1975), "Reciprocal concessions procedure for inducing compliance: the door-in-the-face technique".',
      questions: [
        'Is the second offer good on its own, or only next to the first?',
        'Did I want anything when I was leaving?',
      ],
    },
    anchoring: {
      line: 'A high reference price (was, list price, "a $150 value") makes the real price look small.',
      why: 'The first number we see becomes the yardstick, and later prices are judged against it rather than against what the item is worth to us. A large struck-through price makes an ordinary price feel like a bargain.',
      source: 'Tversky & Kahneman (1974), "Judgment under uncertainty: heuristics and biases".',
      questions: [
        'What do other shops charge for this today?',
        'Would the price seem fair without the struck-through one?',
      ],
    },
    urgency: {
      line: 'A countdown or "today only" puts a deadline on the decision.',
      why: 'A deadline turns a choice into a race: we fear missing out more than we value a calm decision, and we compare less. Many deadlines reset or come back with the next sale.',
      source: MATHUR + ', Urgency.',
      questions: ['What happens if I decide tomorrow?', 'Would I still want it if there were no timer?'],
    },
    scarcity: {
      line: '"Only 3 left" or "selling fast" says the item may soon be gone.',
      why: 'Things that seem rare seem more valuable, and the thought of losing a chance weighs more than the chance itself. Stock counts are hard to check from outside.',
      source: CIALDINI + ', chapter on scarcity; ' + MATHUR + ', Scarcity.',
      questions: ['Would I buy it if there were plenty in stock?', 'Is there a similar item elsewhere?'],
    },
    'social-proof': {
      line: 'Counts of viewers or buyers suggest that many others have already chosen it.',
      why: 'When unsure, people follow what others seem to do. Messages like "23 people are viewing this" make a choice look popular and safe, even when they say nothing about quality.',
      source: CIALDINI + ', chapter on social proof; ' + MATHUR + ', Social proof.',
      questions: ['Does the number tell me anything about whether it suits me?', 'Where do these figures come from?'],
    },
    commitment: {
      line: 'A small first step (a quiz, an email, a wheel to spin) leads to a bigger one.',
      why: 'Once we have taken a step, we like to stay consistent with it: having answered questions or claimed a code, buying feels like finishing what we started.',
      source: CIALDINI + ', chapter on commitment and consistency.',
      questions: [
        'Would I buy this if I had not taken the first step?',
        'What did I give for the discount (email, data)?',
      ],
    },
    confirmshaming: {
      line: 'The way to say no is worded to make you feel silly for declining.',
      why: 'Nobody likes to describe themselves as someone who "prefers paying full price". The wording makes declining feel like admitting a mistake, so some people accept instead.',
      source: MATHUR + ', Misdirection: confirmshaming.',
      questions: ['If the no button said just "No thanks", would I still say yes?'],
    },
    'pressured-selling': {
      line: 'Extras such as protection plans or add-ons are pressed on you, often pre-selected or repeated.',
      why: 'In the moment of buying, an extra looks small next to the main price and it is framed as protection against a loss. Being asked again and again also wears resistance down.',
      source: MATHUR + ', Sneaking and Misdirection: pressured selling.',
      questions: ['Do I need this extra, or does my warranty already cover it?', 'Would I buy it on its own?'],
    },
    sneaking: {
      line: 'Costs, items or subscriptions appear in the order that you did not choose.',
      why: 'What is already in the basket feels like part of the order, and late fees arrive when we have already decided to buy. Checking every line takes attention that shoppers rarely spend.',
      source: MATHUR + ', Sneaking.',
      questions: ['Did I choose every line of this order?', 'What is the total with every fee?'],
    },
    obstruction: {
      line: 'Leaving, cancelling or comparing is made harder than joining.',
      why: 'Every extra step costs effort, and effort decides more than we think: when cancelling takes a phone call, many people keep paying. The path is steeper in one direction on purpose.',
      source: MATHUR + ', Obstruction.',
      questions: [
        'How would I cancel, and how long would it take?',
        'Can I find this information easily before I pay?',
      ],
    },
    'forced-action': {
      line: 'You must do something unrelated (an account, a sign-up, a consent) to continue.',
      why: 'When a step stands between us and what we came for, we usually take it without weighing it. The data or subscription given along the way is the real price.',
      source: MATHUR + ', Forced action.',
      questions: ['Do I need an account for this purchase?', 'What am I agreeing to in this step?'],
    },
  },
  zh: {
    reciprocity: {
      line: '先送赠品、试用、包邮或积分,让购买感觉像是回报。',
      why: '收到别人的东西后,人会觉得欠了人情,想要回报,即使那份礼物并非自己所求,即使回报比礼物贵重得多。额外的赠品也让整个优惠显得很慷慨。',
      source: '西奥迪尼《影响力》,互惠一章。',
      questions: ['没有赠品我还会买吗?', '这份赠品对我到底值多少?'],
    },
    concession: {
      line: '你拒绝一个大的提议之后,紧接着一个小的提议,像是对方做出了让步。',
      why: '对方从大的请求退一步,我们会觉得自己也该让一步,于是第二个更小的提议(原本真正的目标)更容易被接受。对方的退让像是一份需要回报的人情。',
      source: 'Cialdini 等(1975),关于“拒绝—退让”(留面子)技巧的研究。',
      questions: ['单看第二个提议,它本身划算吗?', '我准备离开的时候,其实想买什么吗?'],
    },
    anchoring: {
      line: '高高的参考价(原价、吊牌价、“价值¥999”)让实际价格显得很低。',
      why: '我们看到的第一个数字会成为衡量的标尺,之后的价格都拿它来比,而不是拿东西对自己的价值来比。一个被划掉的高价能让普通的价格看起来像捡了便宜。',
      source: 'Tversky 与 Kahneman(1974),《不确定情况下的判断:启发式与偏差》。',
      questions: ['别的店今天卖多少钱?', '如果没有划掉的原价,这个价格还显得合理吗?'],
    },
    urgency: {
      line: '倒计时或“仅限今天”给决定加上了期限。',
      why: '期限把选择变成了赛跑:我们害怕错过,胜过看重冷静的决定,也就懒得比较。很多倒计时会重新开始,或者在下一次促销时再次出现。',
      source: 'Mathur 等(2019),《Dark Patterns at Scale》,紧迫类。',
      questions: ['如果我明天再决定,会怎样?', '如果没有倒计时,我还想要它吗?'],
    },
    scarcity: {
      line: '“仅剩3件”或“热卖中”暗示东西很快就没了。',
      why: '看起来稀少的东西显得更有价值,而失去机会的感觉比机会本身更有分量。库存数字从外面很难核实。',
      source: '西奥迪尼《影响力》,稀缺一章;Mathur 等(2019),稀缺类。',
      questions: ['如果库存充足,我还会买吗?', '别处有没有类似的商品?'],
    },
    'social-proof': {
      line: '浏览人数或销量暗示很多人已经选择了它。',
      why: '拿不定主意时,人会跟着别人做。“23人正在浏览”这样的信息让选择显得热门又安全,尽管它对质量只字未提。',
      source: '西奥迪尼《影响力》,社会认同一章;Mathur 等(2019),社会认同类。',
      questions: ['这个数字能说明它适合我吗?', '这些数字从哪里来?'],
    },
    commitment: {
      line: '先迈出一小步(答题、留邮箱、转盘抽奖),再引向更大的一步。',
      why: '一旦迈出一步,我们就想保持前后一致:答了题、领了券,购买就像是把开始的事情做完。',
      source: '西奥迪尼《影响力》,承诺与一致一章。',
      questions: ['如果没有迈出第一步,我还会买吗?', '为了这个折扣,我付出了什么(邮箱、个人信息)?'],
    },
    confirmshaming: {
      line: '拒绝的选项措辞让你觉得拒绝很傻。',
      why: '没有人愿意承认自己“宁愿付全价”。这种措辞让拒绝像是承认犯错,于是有些人就接受了。',
      source: 'Mathur 等(2019),误导类:羞辱式拒绝。',
      questions: ['如果拒绝按钮只写“不用了”,我还会接受吗?'],
    },
    'pressured-selling': {
      line: '延保、加购等附加项被反复推给你,常常已默认选中。',
      why: '在付款那一刻,附加项和主商品的价格比起来显得很小,又被包装成防止损失的保障。一次又一次地被问,也会磨掉人的抵抗。',
      source: 'Mathur 等(2019),强行推销。',
      questions: ['我真的需要这个附加项吗?原有保修是否已经覆盖?', '单独卖的话我会买吗?'],
    },
    sneaking: {
      line: '订单里出现了你没有选择的费用、商品或订阅。',
      why: '已经在购物车里的东西让人觉得是订单的一部分,而后加的费用出现时,我们已经决定要买了。逐行核对需要注意力,而购物时很少有人这样做。',
      source: 'Mathur 等(2019),偷偷摸摸类。',
      questions: ['订单里的每一行都是我自己选的吗?', '加上所有费用,总价是多少?'],
    },
    obstruction: {
      line: '离开、取消或比较比加入困难得多。',
      why: '每多一步都要花力气,而力气对决定的影响比我们以为的大:如果取消要打电话,很多人就一直付下去。路在一个方向上被故意修得更陡。',
      source: 'Mathur 等(2019),设置障碍类。',
      questions: ['我要怎样取消,需要多久?', '付款前我能轻松找到这些信息吗?'],
    },
    'forced-action': {
      line: '要继续下去,你必须先做一件无关的事(注册账号、订阅、同意条款)。',
      why: '当某个步骤挡在我们和想要的东西之间时,我们往往不假思索就照做了。一路上交出的个人信息或订阅,才是真正的代价。',
      source: 'Mathur 等(2019),强制行为类。',
      questions: ['这次购买真的需要注册账号吗?', '这一步我同意了什么?'],
    },
  },
  fi: {
    reciprocity: {
      line: 'Ensin tulee lahja, näyte, ilmainen toimitus tai pisteet, jotta ostaminen tuntuisi vastapalvelukselta.',
      why: 'Saatuaan jotain ihminen tuntee olevansa velkaa ja haluaa maksaa takaisin, vaikka ei olisi lahjaa pyytänyt ja vaikka vastapalvelus olisi arvokkaampi. Ilmainen lisä saa myös koko tarjouksen tuntumaan anteliaalta.',
      source:
        'Cialdini, Influence: The Psychology of Persuasion (1984, uud. 2021), vastavuoroisuutta käsittelevä luku.',
      questions: ['Ostaisinko tämän ilman lahjaa?', 'Mitä lahja oikeasti on minulle arvoinen?'],
    },
    concession: {
      line: 'Kun kieltäydyt suuresta tarjouksesta, perään tulee pienempi, joka tuntuu myönnytykseltä.',
      why: 'Kun toinen perääntyy suuresta pyynnöstä, tunnemme, että meidänkin pitäisi joustaa, joten toinen, pienempi tarjous (alkuperäinen tavoite) on helpompi hyväksyä. Perääntyminen tuntuu palvelukselta, joka pitää maksaa takaisin.',
      source: 'Cialdini ym. (1975), ”torjunta ja perääntyminen” (door-in-the-face) -tekniikka.',
      questions: [
        'Onko toinen tarjous hyvä sellaisenaan vai vain ensimmäisen rinnalla?',
        'Halusinko ostaa mitään, kun olin lähdössä?',
      ],
    },
    anchoring: {
      line: 'Korkea vertailuhinta (ennen, ovh, ”arvo 150 €”) saa todellisen hinnan näyttämään pieneltä.',
      why: 'Ensimmäinen näkemämme luku muuttuu mittatikuksi, ja myöhempiä hintoja verrataan siihen eikä siihen, mitä tuote on meille arvoinen. Suuri yliviivattu hinta saa tavallisen hinnan tuntumaan löydöltä.',
      source: 'Tversky & Kahneman (1974), ”Judgment under uncertainty: heuristics and biases”.',
      questions: ['Mitä muut kaupat pyytävät tästä tänään?', 'Tuntuisiko hinta reilulta ilman yliviivattua hintaa?'],
    },
    urgency: {
      line: 'Ajastin tai ”vain tänään” asettaa päätökselle takarajan.',
      why: 'Takaraja tekee valinnasta kilpajuoksun: pelkäämme menettävämme tilaisuuden enemmän kuin arvostamme rauhallista päätöstä, ja vertailemme vähemmän. Monet ajastimet alkavat alusta tai palaavat seuraavassa alennusmyynnissä.',
      source: 'Mathur ym., ”Dark Patterns at Scale” (CSCW 2019), kiire.',
      questions: ['Mitä tapahtuu, jos päätän huomenna?', 'Haluaisinko tätä, jos ajastinta ei olisi?'],
    },
    scarcity: {
      line: '”Enää 3 jäljellä” tai ”menee kuin kuumille kiville” kertoo, että tuote voi pian loppua.',
      why: 'Harvinaiselta näyttävä tuntuu arvokkaammalta, ja ajatus menetetystä tilaisuudesta painaa enemmän kuin itse tilaisuus. Varastolukuja on ulkopuolelta vaikea tarkistaa.',
      source: 'Cialdini, Influence, niukkuutta käsittelevä luku; Mathur ym. (2019), niukkuus.',
      questions: ['Ostaisinko tämän, jos sitä olisi varastossa runsaasti?', 'Löytyykö vastaava tuote muualta?'],
    },
    'social-proof': {
      line: 'Katsojien tai ostajien määrät kertovat, että moni muu on jo valinnut tämän.',
      why: 'Epävarmana ihminen seuraa sitä, mitä muut näyttävät tekevän. Viestit kuten ”23 ihmistä katsoo tätä” saavat valinnan näyttämään suositulta ja turvalliselta, vaikka ne eivät kerro laadusta mitään.',
      source: 'Cialdini, Influence, sosiaalista todistetta käsittelevä luku; Mathur ym. (2019), sosiaalinen todiste.',
      questions: ['Kertooko luku mitään siitä, sopiiko tämä minulle?', 'Mistä nämä luvut tulevat?'],
    },
    commitment: {
      line: 'Pieni ensiaskel (visa, sähköpostiosoite, onnenpyörä) johtaa suurempaan.',
      why: 'Kun olemme ottaneet askeleen, haluamme pysyä johdonmukaisina: kun olemme vastanneet kysymyksiin tai lunastaneet koodin, ostaminen tuntuu aloitetun asian loppuun viemiseltä.',
      source: 'Cialdini, Influence, sitoutumista ja johdonmukaisuutta käsittelevä luku.',
      questions: [
        'Ostaisinko tämän, jos en olisi ottanut ensimmäistä askelta?',
        'Mitä annoin alennuksesta (sähköposti, tiedot)?',
      ],
    },
    confirmshaming: {
      line: 'Kieltäytymisvaihtoehto on muotoiltu niin, että kieltäytyminen tuntuu typerältä.',
      why: 'Kukaan ei halua kuvata itseään ihmiseksi, joka ”maksaa mieluummin täyden hinnan”. Sanamuoto saa kieltäytymisen tuntumaan virheen myöntämiseltä, joten osa suostuu.',
      source: 'Mathur ym. (2019), harhaanjohtaminen: syyllistävä kieltäytyminen.',
      questions: ['Jos kieltäytymispainikkeessa lukisi vain ”Ei kiitos”, suostuisinko silti?'],
    },
    'pressured-selling': {
      line: 'Lisäturvaa ja lisätuotteita tyrkytetään, usein valmiiksi valittuina tai yhä uudelleen.',
      why: 'Ostohetkellä lisä näyttää pieneltä päähinnan rinnalla, ja se esitetään suojana menetystä vastaan. Toistuvat kysymykset myös kuluttavat vastustusta.',
      source: 'Mathur ym. (2019), painostava myynti.',
      questions: ['Tarvitsenko tätä lisää, vai kattaako takuu sen jo?', 'Ostaisinko sen erikseen?'],
    },
    sneaking: {
      line: 'Tilaukseen ilmestyy kuluja, tuotteita tai tilauksia, joita et valinnut.',
      why: 'Se, mikä on jo korissa, tuntuu osalta tilausta, ja myöhään tulevat kulut ilmestyvät vasta, kun ostopäätös on jo tehty. Jokaisen rivin tarkistaminen vaatii tarkkaavaisuutta, jota ostaessa harvoin riittää.',
      source: 'Mathur ym. (2019), hiiviskely.',
      questions: ['Valitsinko itse jokaisen tilauksen rivin?', 'Mikä on loppusumma kaikkine kuluineen?'],
    },
    obstruction: {
      line: 'Lähteminen, peruminen tai vertailu on tehty vaikeammaksi kuin liittyminen.',
      why: 'Jokainen lisävaihe vaatii vaivaa, ja vaiva ratkaisee enemmän kuin luulemme: jos peruminen vaatii puhelun, moni jatkaa maksamista. Polku on tarkoituksella toiseen suuntaan jyrkempi.',
      source: 'Mathur ym. (2019), hankaloittaminen.',
      questions: ['Miten perun tämän, ja kauanko se kestää?', 'Löydänkö nämä tiedot helposti ennen maksamista?'],
    },
    'forced-action': {
      line: 'Jatkaaksesi sinun on tehtävä jotain asiaan kuulumatonta (tili, tilaus, suostumus).',
      why: 'Kun vaihe on meidän ja haluamamme asian välissä, otamme sen yleensä punnitsematta. Matkalla annetut tiedot tai tilaus ovat todellinen hinta.',
      source: 'Mathur ym. (2019), pakotettu toiminto.',
      questions: ['Tarvitsenko tiliä tähän ostokseen?', 'Mihin suostun tässä vaiheessa?'],
    },
  },
};

export function familyText(lang: Lang, family: Family): FamilyText {
  return FAMILY_TEXTS[lang][family];
}
