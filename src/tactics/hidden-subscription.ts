import { defineTactic } from '../core/types';

// A purchase that carries a recurring charge: a trial membership that comes "free" with the order, a plan
// that renews automatically (Mathur et al. 2019, Sneaking: hidden subscription).

export default defineTactic({
  id: 'hidden-subscription',
  family: 'sneaking',
  severity: 'high',
  keywords: {
    en: [
      'with this order',
      'with your order',
      'with every order',
      'with this purchase',
      'with your purchase',
      'with every purchase',
      'included with',
      'added to',
      'on this order',
      'on your order',
      'on every order',
      'without',
      'automatically ren',
      'automatically enr',
      'automatically bil',
      'automatically cha',
      'automatically con',
      'automatically ext',
      'automatic ren',
      'automatic bil',
      'automatic pay',
      'auto-renew',
      'auto renew',
      'autorenew',
      'recurring',
      'unless you cancel',
      'be billed',
      'be charged',
    ],
    zh: ['自动续', '自动扣', '连续包', '续费', '试用期', '扣费'],
    fi: ['automaattisesti', 'jatkuu', 'uusiutuu', 'ellet', 'ellei', 'veloitetaan', 'kestotilaukse'],
  },
  cues: {
    en: [
      /\b(?:free|trial|\d+[\s-]day|complimentary)\s+(?:\w+\s+){0,3}?(?:membership|subscription)\s+(?:\w+\s+)?(?:with|included\s+with|added\s+to|on)\s+(?:this|your|every)\s+(?:order|purchase)\b/,
      /\bautomatically\s+(?:renews?|renewed|renewing|enrolled|billed|charged|converts?|continues?|extends?)\b/,
      /\b(?:will|shall)\s+(?:then\s+)?automatically\s+(?:renew|be\s+(?:renewed|charged|billed))\b/,
      /\bauto[\s-]?renew(?:s|al|ed|ing)?\b/,
      /\bautomatic\s+(?:renewal|billing|payments?\s+(?:each|every))\b/,
      /\brecurring\s+(?:billing|payments?|charges?|subscription|fee)\b/,
      /\b(?:you'?ll|you\s+will)\s+(?:then\s+)?be\s+(?:billed|charged)\b[^.!?\n]{1,80}?\b(?:unless\s+you\s+cancel|each\s+month|every\s+month|per\s+month|monthly|annually|per\s+year)\b/,
      /\bunless\s+you\s+cancel\b/,
      // the button to decline shows the default: "Order without free membership"
      /\b(?:order|buy|continue|check\s*out|purchase)\s+without\s+(?:the\s+)?(?:free\s+)?(?:\w+\s+)?(?:membership|subscription|trial)\b/,
    ],
    zh: [
      /自动(?:续费|续订|扣费|扣款)/,
      /连续包[月季年]/,
      /(?:到期|试用期?(?:结束)?)后?将?(?:自动|按)[^,。!?\n]{0,10}?(?:续费|扣费|收费|续订)/,
    ],
    fi: [
      /\b(?:jatkuu|uusiutuu|uusitaan|muuttuu)\s+(?:\S+\s+)?automaattisesti/,
      /\bautomaattisesti\s+(?:jatkuva\S*|uusiutuva\S*|veloitet\S*|laskutet\S*|kestotilaukse\S*)/,
      /\bellet\s+(?:irtisano|peru|lopeta)/,
      /\bellei\s+tilausta\s+(?:irtisanota|peruta|lopeteta)/,
      /\bveloitetaan\s+automaattisesti/,
    ],
  },
  exceptions: {
    en: [/\bno\s+auto[\s-]?renew(?:al)?\b/, /\b(?:does|will)\s+not\s+(?:automatically\s+)?(?:auto[\s-]?)?renew/],
    zh: [/(?:不会|无)自动(?:续费|扣费)/],
    fi: [/\bei\s+(?:jatku|uusiudu)\s+automaattisesti/],
  },
  explanation: {
    en: {
      name: 'Hidden subscription',
      what: 'The page ties a recurring charge to the purchase: a trial membership that comes with the order, or a plan that renews automatically unless you cancel.',
      why: 'A default that keeps running works on inertia: many of us mean to cancel and never do. People also overestimate how much they will use a membership, so a renewal they agreed to in passing can cost far more than it is worth to them.',
      source:
        'Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Sneaking: hidden subscription; DellaVigna & Malmendier, "Paying not to go to the gym" (American Economic Review, 2006).',
      questions: [
        'What will I be charged after the trial or first period, and when?',
        'How exactly do I cancel, and will I remember to?',
      ],
    },
    zh: {
      name: '隐藏订阅',
      what: '页面把一笔周期性扣费和这次购买绑在一起:随单附送的试用会员,或者不取消就自动续费的套餐。',
      why: '默认持续生效的东西靠的是惰性:很多人打算取消,却一直没有去做。人们还高估自己使用会员的频率,所以随手同意的自动续费,可能远比它对你的价值要贵。',
      source: 'Mathur 等(2019),偷偷摸摸类:隐藏订阅;DellaVigna 与 Malmendier《Paying not to go to the gym》(2006)。',
      questions: ['试用期或首期之后,会在什么时候扣多少钱?', '具体怎么取消?我会记得去取消吗?'],
    },
    fi: {
      name: 'Piilotettu tilaus',
      what: 'Sivu liittää ostokseen toistuvan veloituksen: tilauksen mukana tulevan kokeilujäsenyyden tai sopimuksen, joka jatkuu automaattisesti, ellet peru sitä.',
      why: 'Itsestään jatkuva oletus toimii laiskuutemme varassa: moni aikoo perua eikä koskaan peru. Yliarvioimme myös, kuinka paljon käytämme jäsenyyttä, joten ohimennen hyväksytty jatko voi maksaa paljon enemmän kuin se meille on arvoinen.',
      source:
        'Mathur ym. (2019), hiiviskely: piilotettu tilaus; DellaVigna & Malmendier, "Paying not to go to the gym" (2006).',
      questions: [
        'Mitä minulta veloitetaan kokeilun tai ensimmäisen jakson jälkeen, ja milloin?',
        'Miten tarkalleen perun, ja muistanko tehdä sen?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Free 60 day VIP trial membership with this order. Cancel anytime.',
        'Your membership will automatically renew at $39.99 per year.',
        'You will be charged $14.99 a month unless you cancel.',
        'Auto-renews monthly',
      ],
      clean: [
        'Membership benefits',
        'This plan does not auto-renew.',
        'Subscribe to our newsletter',
        'Products are automatically delivered on your schedule.',
      ],
    },
    zh: {
      flagged: ['开通即同意自动续费', '连续包月 ¥15/月', '试用期结束后将自动按每月30元扣费'],
      clean: ['会员权益', '本服务不会自动续费'],
    },
    fi: {
      flagged: [
        'Tilaus jatkuu automaattisesti kestotilauksena',
        'Jäsenyys uusiutuu automaattisesti, ellet irtisano sitä',
      ],
      clean: ['Jäsenedut', 'Tilaus ei jatku automaattisesti'],
    },
  },
});
