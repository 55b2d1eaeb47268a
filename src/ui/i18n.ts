// UI strings in the three languages. Tactic names and explanations come from the catalogue.
import type { Family, Lang } from '../core/vocabulary';

export function uiLanguage(locale: string | undefined): Lang {
  const lower = (locale ?? '').toLowerCase();
  if (lower.startsWith('zh')) return 'zh';
  if (lower.startsWith('fi')) return 'fi';
  return 'en';
}

const STRINGS = {
  en: {
    title: 'Second Look',
    loading: 'Reading the page…',
    empty:
      'Nothing found on this page. Second Look checked the visible text for gifts, concessions, anchor prices and pressure tactics.',
    pageShows: 'The page shows',
    whyItWorks: 'Why it works',
    askYourself: 'Worth asking',
    source: 'Source',
    showOnPage: 'Show on page',
    findingsCount: (n: number) => (n === 1 ? '1 finding' : `${n} findings`),
  },
  zh: {
    title: '再看一眼',
    loading: '正在读取页面…',
    empty: '本页未发现说服技巧。我们检查了可见文字中的赠品、让步、锚定价格和施压手法。',
    pageShows: '页面显示',
    whyItWorks: '为什么有效',
    askYourself: '不妨问问自己',
    source: '出处',
    showOnPage: '在页面上显示',
    findingsCount: (n: number) => `${n} 项发现`,
  },
  fi: {
    title: 'Second Look',
    loading: 'Luetaan sivua…',
    empty:
      'Sivulta ei löytynyt mitään. Second Look tarkisti näkyvän tekstin lahjojen, myönnytysten, vertailuhintojen ja painostuksen varalta.',
    pageShows: 'Sivulla lukee',
    whyItWorks: 'Miksi se toimii',
    askYourself: 'Kysy itseltäsi',
    source: 'Lähde',
    showOnPage: 'Näytä sivulla',
    findingsCount: (n: number) => (n === 1 ? '1 havainto' : `${n} havaintoa`),
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type UiStrings = (typeof STRINGS)['en'];

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
