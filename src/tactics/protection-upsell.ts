import { defineTactic } from '../core/types';

// An add-on sold through fear of damage or loss: a protection plan, fabric protection, an extended
// warranty or insurance for the item being bought (Mathur et al. 2019, Misdirection: pressured selling).

const GOODS = String.raw`(?:item|items|purchase|order|investment|new\s+\w+|gear|device|devices|sofa|couch|furniture|mattress|phone|laptop|tv|appliance|electronics|product|jewell?ery|watch|bike|glass(?:es)?|package|parcel|shipment|delivery|screen)`;

export default defineTactic({
  id: 'protection-upsell',
  family: 'pressured-selling',
  severity: 'medium',
  keywords: {
    en: ['protect ', 'protect\n', 'protection', 'warranty', 'insur', 'coverage', 'care plan', 'guard', 'damage'],
    zh: ['保护', '守护', '延保', '保障', '碎屏', '意外险', '保修', '运费险', '保险'],
    fi: ['suoja', 'takuu', 'vakuut', 'turva'],
  },
  cues: {
    en: [
      new RegExp(String.raw`\bprotect\s+(?:your|this|the)\s+${GOODS}\b`),
      /\badd\s+(?:an?\s+|our\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:protection(?:\s+plan)?|warranty|insurance|coverage|care\s+plan|damage\s+cover)\b/,
      /\b(?:protection|care|replacement|accident)\s+plans?\b[^.!?\n]{1,40}?\b(?:for\s+(?:just|only)|from(?:\s+(?:just|only))?|only)\s*(?:[$£€¥]\s*)?\d/,
      /\bfor\s+(?:just|only)\s+(?:[$£€¥]\s*)?\d[\d.,]*\b[^.!?\n]{1,40}?\b(?:protect|insure|cover)\w*/,
      /\b(?:extended|extra)\s+(?:warranty|protection)\s+(?:for\s+(?:just|only)|from|only)\s*(?:[$£€¥]\s*)?\d/,
      /\bdon'?t\s+(?:risk|fear|worry\s+about)\s+(?:breaking|damaging|losing|damage)\b/,
    ],
    zh: [
      /(?:加购|购买|添加|加入|选购|加)\s*(?:\d+年)?(?:延保|碎屏(?:险|保)|意外(?:险|保)|保障服务|延长保修|只换不修|上门维修)/,
      /(?:延保|碎屏险|意外险|保障服务)\s?(?:(?:仅需?|只要|低至)\s?)?¥?\s?\d/,
      /(?:保护|守护)(?:您的|你的)?新?(?:爱机|手机|沙发|家具|商品|宝贝)/,
    ],
    fi: [
      /\bsuojaa\s+(?:uusi\s+|uuden\s+)?(?:ostoksesi|tuotteesi|laitteesi|sohvasi|puhelimesi|tilauksesi|hankintasi)/,
      /\blisää\s+(?:\S+\s+){0,2}?(?:tuoteturva|lisäturva|vakuutus|jatkotakuu|lisätakuu|suojaus|huoltosopimus)/,
      /\b(?:jatkotakuu|lisätakuu|tuoteturva|laitevakuutus)\S*\s+(?:vain|alkaen)\s+\d/,
    ],
  },
  exceptions: {
    en: [
      /\b(?:limited|manufacturer'?s?|lifetime|\d+[\s-]year)\s+warranty\s+(?:included|covers?)\b/,
      /\bprotect\s+your\s+(?:skin|hair|privacy|data|account|eyes|home|family|health)\b/,
    ],
    zh: [/保修(?:卡|期|政策)/],
    fi: [/\btakuu\s+(?:sisältyy|kattaa)/],
  },
  explanation: {
    en: {
      name: 'Protection upsell',
      what: 'The page offers a protection plan, warranty or insurance for what you are buying, often framed around damage or loss.',
      why: 'Picturing the spill or the cracked screen makes a small, unlikely loss feel large, and we overpay to avoid it. Studies of extended warranties find buyers overestimate how often things break, so these plans often cost more than the repairs they cover.',
      source:
        'Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Misdirection: pressured selling; Kahneman & Tversky, "Prospect theory" (1979); Abito & Salant, "The effect of product misperception on economic outcomes: evidence from the extended warranty market" (Review of Economic Studies, 2019).',
      questions: [
        'What does the standard or legal warranty already cover?',
        'How likely is the damage, and what would a repair cost?',
        'Would I buy this plan on its own, later?',
      ],
    },
    zh: {
      name: '保障类加购',
      what: '页面推荐为所买的商品加购延保、碎屏险或保障服务,常常强调损坏或丢失的风险。',
      why: '一想到咖啡洒在沙发上、屏幕摔碎,一个不太可能发生的小损失就显得很大,我们便愿意多花钱去避免它。对延保市场的研究发现,买家高估了商品出故障的概率,这类服务的价格常常高于它所覆盖的维修费用。',
      source: 'Mathur 等(2019),误导类:强迫推销;卡尼曼与特沃斯基《前景理论》(1979);Abito 与 Salant(2019)延保市场研究。',
      questions: [
        '商品本身的保修和法定保障已经覆盖了什么?',
        '损坏的可能性有多大,维修要花多少钱?',
        '如果以后单独买这份保障,我会买吗?',
      ],
    },
    fi: {
      name: 'Turvaa myyvä lisäpalvelu',
      what: 'Sivu tarjoaa ostokselle lisätakuuta, vakuutusta tai suojausta ja puhuu usein vahingosta tai menetyksestä.',
      why: 'Kun kuvittelemme kaatuneen viinilasin tai haljenneen näytön, pieni ja epätodennäköinen menetys tuntuu suurelta, ja maksamme liikaa välttääksemme sen. Jatkotakuututkimusten mukaan ostajat yliarvioivat rikkoutumisen todennäköisyyden, joten turva maksaa usein enemmän kuin korjaukset, jotka se kattaa.',
      source:
        'Mathur ym. (2019), harhaanjohtaminen: painostava myynti; Kahneman & Tversky, "Prospect theory" (1979); Abito & Salant (2019).',
      questions: [
        'Mitä valmistajan takuu ja lain virhevastuu jo kattavat?',
        'Kuinka todennäköinen vahinko on, ja mitä korjaus maksaisi?',
        'Ostaisinko tämän turvan erikseen myöhemmin?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Protect your item',
        'Add fabric protection for just £80',
        'Add a 3-year protection plan',
        "Add our GlassGuard warranty policy for just $3.85 and we'll insure this purchase.",
        'Protect Your Gear',
      ],
      clean: [
        'Limited warranty',
        '2-year manufacturer warranty included',
        'Protect your skin from UV rays',
        'Thin and tough - protects from minor scratches',
      ],
    },
    zh: {
      flagged: ['加购1年延保', '碎屏险仅需¥29', '守护您的新爱机'],
      clean: ['全国联保', '保修期:一年'],
    },
    fi: {
      flagged: ['Suojaa ostoksesi', 'Lisää tuoteturva vain 19 €', 'Jatkotakuu alkaen 29 €'],
      clean: ['Takuu 2 vuotta', 'Valmistajan takuu sisältyy hintaan'],
    },
  },
});
