import { defineTactic } from '../core/types';

// An offer said to last only a short while, without a visible clock (Mathur et al. 2019, Urgency:
// limited-time message). "Today only", "flash sale", "ends soon", "last chance", "hurry".

export default defineTactic({
  id: 'limited-time',
  family: 'urgency',
  severity: 'medium',
  keywords: {
    en: ['limited', 'short time', 'short period', 'short while', 'day only', 'days only', 'hour only', 'hours only', 'week only', 'weekend only', 'tonight only', 'only today', 'only tonight', 'only this', 'only until', 'flash ', 'lightning ', ' end', ' expir', ' clos', "won't last", 'wont last', 'extended', 'last chance', 'final ', 'hurry', 't miss', 't wait', 'too late', 'now or never', 'one-time', 'one time', 'go back up', 'goes back up', 'go up', 'goes up', 'valid until', 'valid till', 'valid through', 'valid only', 'valid today'],
    zh: ['限时', '今天', '今日', '今晚', '秒杀', '最后', '截止', '结束', '错过', '机不可失', '仅此一天', '过时不候', '闪购'],
    fi: ['vain', 'rajoitet', 'voimassa', 'viimeinen', 'päättyy', 'loppuu', 'kiire', 'salama', 'pikaale', 'paitsi', 'tänään'],
  },
  cues: {
    en: [
      /\blimited[\s-]+(?:time|period)\b/,
      /\bfor\s+a\s+(?:short|limited)\s+(?:time|period|while)\b/,
      /\blimited\s+(?:offer|deal|promo(?:tion)?|sale)s?\b/,
      /\b(?:today|tonight|this\s+weekend|this\s+week|\d+\s+days?|\d+\s+hours?|one\s+day|two\s+days|the\s+weekend)\s+only\b/,
      /\bonly\s+(?:today|tonight|this\s+weekend|until\s+(?:midnight|tonight|sunday|monday|tuesday|wednesday|thursday|friday|saturday))\b/,
      /\b(?:flash|lightning)\s+(?:sale|deal|offer)s?\b/,
      /\b(?:sale|offer|deal|promo(?:tion)?|discount|savings?|prices?|coupon)s?\s+(?:ends?|ending|expires?|closes?|won'?t\s+last)\b/,
      /\bends?\s+(?:soon|today|tonight|tomorrow|at\s+midnight|(?:this\s+)?(?:weekend|week|sunday|monday|tuesday|wednesday|thursday|friday|saturday))\b/,
      /\b(?:sale|offer|deal|promo(?:tion)?)s?\s+(?:has\s+been\s+|is\s+)?extended\b/,
      /\blast\s+chance\b/,
      /\bfinal\s+(?:hours?|days?|call)\b/,
      /\bhurry\b/,
      /\bdon'?t\s+(?:miss|wait)(?:\s+out)?\b/,
      /\bbefore\s+it'?s\s+too\s+late\b/,
      /\bnow\s+or\s+never\b/,
      /\bone[\s-]time\s+(?:only\s+)?(?:offer|deal|discount)\b/,
      /\bprices?\s+(?:go(?:es)?|will\s+go)\s+(?:back\s+)?up\b/,
      /\b(?:offer|deal|price|sale|discount|coupon)s?\s+(?:is\s+)?valid\s+(?:only\s+)?(?:until|till|through|today)\b/,
    ],
    zh: [
      /限时/,
      /(?:今天|今日|今晚|本周|周末)(?:\d+点)?前?(?:截止|结束|恢复原价|有效)/,
      /仅限(?:今天|今日|今晚|本周)/,
      /(?:今天|今日)(?:特价|特惠|专享)/,
      /秒杀/,
      /闪购/,
      /最后(?:一天|机会|\d+小时|几小时)/,
      /活动(?:即将|马上)结束/,
      /(?:错过|过了)(?:今天|今日|本次)?(?:再等一年|就没有了|不再有|要再等)/,
      /机不可失|过时不候|仅此一天/,
    ],
    fi: [
      /\bvain\s+(?:tänään|tämän\s+päivän|viikonlopun|tällä\s+viikolla)\b/,
      /\btänään\s+vain\b/,
      /\brajoitet(?:un|tu)\s+(?:ajan|aika)\b/,
      /\b(?:tarjous|hinta|etu|alennus|koodi)\w*\s+(?:on\s+)?voimassa\b/,
      /\bviimeinen\s+(?:päivä|mahdollisuus|tilaisuus|hetki)(?![a-zäöå])/,
      /\b(?:tarjous|ale|alennus|kampanja)\w*\s+(?:päättyy|loppuu)\b/,
      /\b(?:päättyy|loppuu)\s+(?:pian|tänään|huomenna|keskiyöllä)(?![a-zäöå])/,
      /\b(?:salama|pika)(?:ale|tarjous|myynti)\w*/,
      /\b(?:pidä\s+kiirettä|kiirehdi)\w*/,
      /(?<![a-zäöå])älä\s+jää\s+(?:paitsi|ilman)\b/,
    ],
  },
  exceptions: {
    en: [/\b(?:cards?|visa|mastercard|amex|account|numbers?|phone|prices?|amounts?)\s+(?:ending|ends?)\s+(?:in|with)\b/, /\bending\s+in\s+(?:[$£€.]|\d{3,4}(?![\s:]*[hmsd:\d]))/, /\bdon'?t\s+miss\s+(?:a\s+thing|an?\s+update|the\s+latest|our\s+news)/, /\bno\s+hurry\b/],
    zh: [/不限时/],
    fi: [/\bvoimassa\s*oleva\w*\s+(?:henkilö|ajokortti|passi)/],
  },
  explanation: {
    en: {
      name: 'Limited-time offer',
      what: 'The page says the price or offer lasts only a short time: today only, a flash sale, ends soon.',
      why: 'When an offer may slip away we weigh losing it more heavily than gaining it, and we decide faster and with less comparison. A deadline also suggests the price is unusually good, which the page does not prove.',
      source: 'Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Urgency: limited-time messages; Aggarwal & Vaidyanathan, "Use it or lose it" (Journal of Consumer Behaviour, 2003).',
      questions: [
        'Would I buy this today if there were no deadline?',
        'Has this shop run the same "limited" offer before?',
        'Is the price lower than elsewhere, or only lower than the page says it was?',
      ],
    },
    zh: {
      name: '限时优惠',
      what: '页面说这个价格或优惠只在很短的时间内有效,比如“仅限今天”“限时抢购”“即将结束”。',
      why: '一旦觉得机会可能溜走,失去它的感觉会比得到它更强烈,于是我们决定得更快、比较得更少。截止时间还暗示这个价格特别划算,但页面并没有证明这一点。',
      source: 'Mathur 等,《Dark Patterns at Scale》(CSCW 2019),限时信息;Aggarwal 与 Vaidyanathan(2003)。',
      questions: ['没有截止时间,我今天还会买吗?', '这家店以前是不是也做过同样的“限时”活动?', '这个价格比别家低,还是只比页面上写的原价低?'],
    },
    fi: {
      name: 'Rajoitetun ajan tarjous',
      what: 'Sivu kertoo, että hinta tai tarjous on voimassa vain hetken: vain tänään, salamatarjous, päättyy pian.',
      why: 'Kun tarjous voi livahtaa ohi, menetys painaa mielessä enemmän kuin saatu hyöty, ja päätämme nopeammin ja vertailemme vähemmän. Takaraja antaa myös ymmärtää, että hinta on poikkeuksellisen hyvä, vaikka sivu ei sitä osoita.',
      source: 'Mathur ym., "Dark Patterns at Scale" (CSCW 2019), rajoitetun ajan viestit; Aggarwal & Vaidyanathan (2003).',
      questions: [
        'Ostaisinko tämän tänään ilman takarajaa?',
        'Onko kauppa pitänyt saman "rajoitetun" tarjouksen ennenkin?',
        'Onko hinta halvempi kuin muualla vai vain halvempi kuin sivun ilmoittama entinen hinta?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Today only! Prices go back up tomorrow.',
        'LIMITED TIME OFFER 10% OFF',
        'Flash sale: 40% off outerwear',
        'Sale ends soon',
        'Hurry, limited time offer!',
        'Spring Sale Extended',
      ],
      clean: ['Limited warranty', 'Limited Edition Colors', 'Offer details', 'Time: 12:00', 'Sale Clothing', "Don't miss a thing: follow us"],
    },
    zh: {
      flagged: ['限时特惠,今晚24点结束', '仅限今天', '秒杀价 ¥99', '活动即将结束'],
      clean: ['不限时使用', '今日发货', '最后更新:3月1日'],
    },
    fi: {
      flagged: ['Tarjous voimassa vain tänään', 'Vain tänään: -30 %', 'Viimeinen mahdollisuus!', 'Ale päättyy pian'],
      clean: ['Rajoitettu takuu', 'Toimitus tänään klo 18 mennessä tilatuille', 'Voimassa oleva henkilöllisyystodistus vaaditaan'],
    },
  },
});
