import { defineTactic } from '../core/types';

// A way to say no that is worded to make the shopper feel foolish: "No thanks, I'll pay full price",
// "I don't like free stuff" (Mathur et al. 2019, Misdirection: confirmshaming).

export default defineTactic({
  id: 'confirmshaming',
  family: 'confirmshaming',
  severity: 'medium',
  keywords: {
    en: [
      'no thank',
      'nah',
      'full price',
      'pay more',
      "don't",
      'dont',
      'do not',
      'rather',
      'prefer',
      'hate',
      'i like',
      'i love',
      "i'll",
      'not for me',
      'lucky',
      'no, i',
      'no i',
      'not interested',
      'pass on',
    ],
    zh: ['拒绝', '不需要', '不想', '宁愿', '原价', '放弃', '不要', '残忍', '狠心', '忍痛'],
    fi: ['ei kiitos', 'en halua', 'en tarvitse', 'en pidä', 'maksan', 'mieluummin', 'en välitä'],
  },
  cues: {
    en: [
      // "No thanks, I'll pay full price", "No thanks. I love chaos!", "Nah, I like paying full price"
      /\b(?:no[,.!]?\s+thanks?|no[,.!]?\s+thank\s+you|nah|nope)[\s,.!:;-]+i(?:'m|'d|'ll|\s)/,
      // "No, I'd rather pay full price", "No I don't feel lucky"
      /\bno[,!.]?\s+i\s*(?:'d\s+rather|would\s+rather|prefer|don'?t|do\s+not|hate|love|like|'ll\s+pay)\b/,
      // first person paying more on purpose
      /\bi(?:'d|'ll|\s+would|\s+will)?\s+(?:\w+\s+){0,3}?(?:pay|paying)\s+(?:the\s+)?(?:full\s+price|more|full\s+retail|retail\s+price)\b/,
      /\bpay\s+full\s+price\s+(?:club|for\s+things)\b/,
      // refusing a benefit in the first person: "I don't like free stuff", "I don't want a discount"
      /\bi\s+(?:don'?t|do\s+not|hate|prefer\s+not\s+to)\s+(?:(?:like|want|need|enjoy|mind)\s+)?(?:to\s+)?(?:\w+\s+){0,3}?(?:free|discounts?|deals?|sav(?:e|ings?)|saving\s+money|offers?|gifts?|win(?:ning)?|money\s+off|\d+%\s*off|coupons?|bargains?|missing\s+out|look(?:ing)?\s+my\s+best|cool\s+stuff)\b/,
      /\bi\s+(?:don'?t|do\s+not)\s+feel\s+lucky\b/,
      /\bi'?m\s+not\s+interested\s+in\s+(?:\w+\s+)?(?:saving|savings|deals?|discounts?|free|offers?|winning|bargains?)\b/,
      /\bi'?ll\s+pass\s+on\s+(?:\w+\s+){0,2}?(?:savings?|deals?|discounts?|free|offers?|rewards?)\b/,
      /\b(?:free\s+stuff|discounts?|deals?|savings?)\s+(?:isn'?t|aren'?t|are\s+not|is\s+not)\s+for\s+me\b/,
      // refusing protection in the first person: "I do not want to protect my item"
      /\bi\s+(?:don'?t|do\s+not|prefer\s+not\s+to|would\s+rather\s+not)\s+(?:want\s+to\s+|need\s+to\s+|wish\s+to\s+)?(?:protect|have\s+a\s+protection|insure|cover)\b/,
      /\bi'?d\s+rather\s+(?:not\s+(?:win|save)|miss\s+out|pay)\b/,
    ],
    zh: [
      /(?:残忍|狠心|忍痛|无情)(?:拒绝|放弃|离开)/,
      /我(?:不需要|不想要?|不要|不稀罕|不在乎|不喜欢)(?:这个)?(?:优惠|折扣|省钱|福利|红包|赠品|免费|便宜|好价|划算)/,
      /我(?:宁愿|宁可|愿意|就要|还是)(?:按|以)?(?:原价|全价|多花钱|多付钱)/,
      /(?:放弃|不要)(?:这个|本次)?(?:优惠|福利|红包|折扣),?我?(?:原价|全价)/,
      /(?:原价|全价)(?:购买|买)也?(?:没关系|无所谓|挺好)/,
    ],
    fi: [
      /\bei\s+kiitos[\s,.!:;-]+(?:en\s|maksan|haluan\s+maksaa|pidän|olen|tykkään|jätän|vihaan|rakastan)/,
      /\bmaksan\s+(?:mieluummin\s+|ennemmin\s+|mielelläni\s+)?(?:täyden|koko|normaali|enemmän)/,
      /\ben\s+(?:halua|tarvitse|pidä|välitä|kaipaa)\s+(?:\S+\s+){0,2}?(?:säästä|alennu|tarjou|etu|ilmai|lahj|rahaa|edullis)/,
    ],
  },
  exceptions: {
    en: [/\bi\s+(?:don'?t|do\s+not)\s+want\s+to\s+receive\b/],
    zh: [/拒绝(?:理由|原因|退款)/],
  },
  explanation: {
    en: {
      name: 'Confirmshaming',
      what: 'The button or link to decline is worded so that saying no sounds foolish, such as "No thanks, I\'ll pay full price".',
      why: 'We want to see ourselves as sensible, so a "no" that is phrased as a silly choice feels uncomfortable to click, and some of us accept to avoid the small sting. The wording tells you nothing about the offer itself.',
      source:
        'Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Misdirection: confirmshaming; term coined by Harry Brignull (darkpatterns.org, 2010).',
      questions: ['Do I want this offer, judged on its own?', 'Is saying no actually the sensible choice for me here?'],
    },
    zh: {
      name: '羞辱式拒绝',
      what: '拒绝按钮的文字让说“不”显得很傻,例如“残忍拒绝”“我不需要优惠”。',
      why: '我们都希望自己是精明的人,把拒绝写成一个愚蠢的选择,点下去就会有点不舒服,有人为了避开这点难堪就接受了。这句话本身并没有告诉你这个优惠值不值得。',
      source:
        'Mathur 等,《Dark Patterns at Scale》(CSCW 2019),误导类:confirmshaming;该名称由 Harry Brignull 提出(2010)。',
      questions: ['单看这个优惠本身,我真的需要吗?', '在这里说“不”,是不是其实才是明智的选择?'],
    },
    fi: {
      name: 'Kieltäytymisen häpäisy',
      what: 'Kieltäytymisen painike on muotoiltu niin, että "ei" kuulostaa typerältä, esimerkiksi "Ei kiitos, maksan mieluummin täyden hinnan".',
      why: 'Haluamme pitää itseämme järkevinä, joten typeräksi sanoitettua kieltäytymistä on epämukava painaa, ja osa meistä suostuu välttääkseen pienen piston. Sanamuoto ei kerro tarjouksesta itsestään mitään.',
      source:
        'Mathur ym., "Dark Patterns at Scale" (CSCW 2019), harhaanjohtaminen: confirmshaming; termin keksi Harry Brignull (2010).',
      questions: [
        'Haluanko tätä tarjousta, jos arvioin sitä sellaisenaan?',
        'Onko kieltäytyminen tässä itse asiassa järkevä valinta minulle?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        "No thanks, I'll pay full price",
        "I don't like free stuff",
        "No thanks, I'd rather pay full price.",
        "No, I don't feel lucky",
        'I do not want to protect my item',
        'Nah, I like paying full price',
      ],
      clean: [
        'No thanks',
        'No, thank you',
        'Why pay full price? Compare our prices.',
        "I don't want to receive emails",
        'Free shipping on orders over $50',
      ],
    },
    zh: {
      flagged: ['残忍拒绝', '我不需要优惠', '不了,我宁愿原价购买'],
      clean: ['拒绝', '不用了,谢谢', '拒绝理由'],
    },
    fi: {
      flagged: ['Ei kiitos, maksan mieluummin täyden hinnan', 'Ei kiitos, en halua säästää', 'En tarvitse alennusta'],
      clean: ['Ei kiitos', 'Maksa kätevästi laskulla'],
    },
  },
});
