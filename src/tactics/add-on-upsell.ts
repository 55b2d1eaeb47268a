import { defineTactic } from '../core/types';

// A push to buy more than the item chosen: subscribe & save, bundle and save, "customers also add",
// "want to add one of these?" (Mathur et al. 2019, Misdirection: pressured selling).
// A plain "Subscribe to our newsletter" or "You may also like" carousel is not flagged.

export default defineTactic({
  id: 'add-on-upsell',
  family: 'pressured-selling',
  severity: 'low',
  keywords: {
    en: [
      'subscribe',
      'bundle',
      'save more',
      'add &',
      'add and',
      'add +',
      'add+',
      'also add',
      'to add',
      'upgrade',
      'everything',
      'miss out',
      'miss on',
      'missing out',
      'better results',
      'best results',
      'also need',
      'forget',
      'complete your',
    ],
    zh: ['订阅', '组合', '搭配', '多买', '换购', '凑单', '加购', '套餐', '买得越多'],
    fi: ['säästä', 'lisää', 'lisäsivät', 'paketti', 'kestotila', 'enemmän'],
  },
  cues: {
    en: [
      /\bsubscribe\s*(?:[&+n]|and)\s*save\b/,
      /\bbundle\s*(?:(?:[&+n]|and|to)\s*)?save\b/,
      /\b(?:buy|order|get)\s+more,?\s*(?:and\s+|&\s+)?save\s+more\b/,
      /\badd\s*(?:&|and|\+)\s*save\b/,
      /\b(?:customers|shoppers|people)\s+(?:who\s+bought\s+this\s+)?(?:also|often|usually|typically|frequently)\s+(?:add|added)\b/,
      /\b(?:would\s+you\s+like|want|do\s+you\s+want)\s+to\s+add\s+(?:one\s+of\s+)?(?:these|this|an?|some|extra|more)\b/,
      /\bupgrade\s+(?:my|your)\s+(?:purchase|order|cart)\b/,
      /\bmake\s+sure\s+you\s+have\s+everything\b/,
      /\b(?:don'?t|do\s+not)\s+miss(?:\s+out)?\s+on\s+(?:these|this|our)\s+(?:\w+\s+)?(?:items?|products?|deals?|add-?ons?|extras?|accessor(?:y|ies))\b/,
      /\b(?:you'?re|you\s+are)\s+missing\s+out\s+on\s+(?:these|this)\b/,
      /\badd\s+(?:\w+\s+)?for\s+(?:better|best|even\s+better|the\s+best)\s+results\b/,
      /\b(?:you'?ll|you\s+will|you\s+may)\s+also\s+need\b/,
      /\bdon'?t\s+forget\s+(?:to\s+add|your|the|these|a)\s/,
      /\bcomplete\s+your\s+(?:order|purchase)\s+with\b/,
    ],
    zh: [
      /订阅[更立再]?(?:省|优惠|享折扣)/,
      /(?:组合|搭配|套餐|一起)(?:购买|买|购)?[更立再]?(?:省|优惠|划算|便宜)/,
      /多买多(?:省|优惠)|买得越多省得越多/,
      /(?:加|再加)\s*\d+(?:\.\d+)?\s*元(?:即可)?换购/,
      /(?:顾客|买家|大家)(?:还|也)(?:加购|买了|会买)/,
      /(?:还差|再买)\s*(?:¥\s*)?\d+(?:\.\d+)?\s*元?(?:即可|就能)?[享减用满]/,
    ],
    fi: [
      /\b(?:kesto)?tilaa\s+(?:ja|&)\s+säästä/,
      /\bkestotilaa\w*\s+(?:ja\s+)?säästä/,
      /\bosta\s+enemmän,?\s*(?:ja\s+)?säästä\s+enemmän/,
      /\bpaketti(?:na|tarjous\w*)\s+(?:edullisemmin|halvemmalla)/,
      /\basiakkaat\s+(?:lisäsivät|ostivat)\s+myös\s+(?:ostoskoriin|nämä|tämän)/,
      /\bhaluatko\s+lisätä\s+(?:myös\s+)?(?:nämä|tämän|jonkin)/,
    ],
  },
  exceptions: {
    en: [
      /\byour\s+subscribe\s*(?:&|and|\+)\s*save\b/,
      /\bsubscribe\s+to\s+(?:our|the)\s+newsletter\b/,
      /\bsave\s+(?:for\s+later|to\s+(?:wish\s*list|favou?rites))\b/,
    ],
    zh: [/订阅(?:成功|号|我们的|邮件)/],
  },
  explanation: {
    en: {
      name: 'Add-on and subscription upsell',
      what: 'The page pushes you to buy more than you chose: a subscription, a bundle, extra items that "customers also add".',
      why: 'Once we have decided to buy, adding a little more feels like a small step, and a saving on the extra makes it feel like a gain instead of more spending. A subscription also relies on inertia: it keeps charging until we act.',
      source:
        'Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Misdirection: pressured selling; Cialdini, Influence (1984), ch. 3 on commitment and consistency.',
      questions: [
        'Did I plan to buy the extra items before I saw this?',
        'If it is a subscription: how do I stop it, and will I use every delivery?',
      ],
    },
    zh: {
      name: '加购与订阅推销',
      what: '页面推你买得比选好的更多:订阅、组合套餐、“顾客还加购了”的商品。',
      why: '决定下单之后,再多加一点显得只是顺手的小事,额外的优惠又让多花的钱看起来像是赚到。订阅还依赖惰性:你不主动取消,它就一直扣费。',
      source: 'Mathur 等(2019),误导类:强迫推销;西奥迪尼《影响力》(1984)第三章:承诺与一致。',
      questions: ['看到这个推荐之前,我本来打算买这些吗?', '如果是订阅:怎么取消?每一期我都用得上吗?'],
    },
    fi: {
      name: 'Lisämyynti ja kestotilaus',
      what: 'Sivu houkuttelee ostamaan enemmän kuin valitsit: kestotilauksen, paketin tai tuotteita, joita "asiakkaat lisäsivät myös".',
      why: 'Kun ostopäätös on tehty, pieni lisäys tuntuu vähäiseltä, ja lisätuotteen alennus saa lisärahan tuntumaan voitolta. Kestotilaus nojaa lisäksi laiskuuteemme: veloitus jatkuu, kunnes itse lopetamme sen.',
      source:
        'Mathur ym., "Dark Patterns at Scale" (CSCW 2019), painostava myynti; Cialdini, Influence (1984), luku 3.',
      questions: [
        'Aioinko ostaa lisätuotteet ennen kuin näin tämän?',
        'Jos kyse on kestotilauksesta: miten sen lopetan, ja käytänkö jokaisen toimituksen?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Subscribe & Save',
        'Bundle and save 20%',
        'Customers also add',
        'Want to add one of these?',
        'Would you like to buy more and save more?',
      ],
      clean: ['Subscribe to our newsletter', 'Save for later', 'Add to cart', 'You may also like', 'Save 10% today'],
    },
    zh: {
      flagged: ['订阅立省10%', '搭配购买更优惠', '多买多省', '加1元换购'],
      clean: ['订阅成功', '加入购物车'],
    },
    fi: {
      flagged: ['Kestotilaa ja säästä 10 %', 'Osta enemmän, säästä enemmän', 'Asiakkaat lisäsivät myös ostoskoriin'],
      clean: ['Lisää ostoskoriin', 'Tilaa uutiskirje'],
    },
  },
});
