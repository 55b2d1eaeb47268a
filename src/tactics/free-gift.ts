import { defineTactic } from '../core/types';

// A gift that comes with a purchase: the classic reciprocity cue (Cialdini, Influence, ch. 2).
// Samples, trials, shipping, points and bundled accessories have their own files; this one is the gift itself.

export default defineTactic({
  id: 'free-gift',
  family: 'reciprocity',
  severity: 'medium',
  keywords: {
    en: ['gift', 'complimentary', 'freebie', 'gwp', 'free'],
    zh: ['送', '赠', '礼'],
    fi: ['lahj', 'kaupan päälle', 'kaupanpäällis', 'ilmai'],
  },
  cues: {
    en: [
      /\bfree\b(?:[^.!?\n]|\.\d){1,40}?\bgifts?\b/,
      /\bgifts? with (?:any |every |each |your |a |qualifying )?(?:purchase|order)s?\b/,
      /\b(?:welcome|bonus|mystery|surprise|birthday|thank[- ]you) gifts?\b(?:[^.!?\n]|\.\d){1,30}?\b(?:with|when|for you|is ready|awaits|included|on us)\b/,
      /\b(?:get|receive|claim|grab|unlock|score|enjoy)s? (?:a |an |your |two |\d+ )?(?:free|complimentary)\b(?:[^.!?\n]|\.\d){1,50}?\b(?:when you|with (?:any|every|each|your|a|purchase|orders?)|if you|on orders?|with the purchase)\b/,
      /\bcomplimentary\b(?:[^.!?\n]|\.\d){1,30}?\b(?:with|when)\b/,
      /\bfree (?:\w+ ){1,3}?(?:with|on) (?:any |every |each |your |a |qualifying |all )?(?:[$€£]\d+(?:[.,]\d+)?\+? )?(?:purchases?|orders?)\b/,
      /\bfreebies?\b/,
      /\bgwp\b/,
      /\bgifts? (?:is )?on us\b/,
      /\bspend (?:[$€£]\d{1,6}(?:[.,]\d{2})?|\d{1,6}(?:[.,]\d{2})? ?[€£]) (?:or more )?(?:and|to) (?:get|receive|claim) (?:a |an )?free\b/,
      /\b(?:thank[- ]you|welcome|little) gifts? (?:is |are )?(?:waiting|in your (?:cart|bag|order))/,
    ],
    zh: [
      /(?:下单|购买|购物|拍下|买|满\d+元?|入会|关注店铺|收藏店铺)[^,。!?\n]{0,12}?[就即立均都]?(?:送|赠|加赠|有礼|领取?好礼)/,
      /(?:赠送?|送|领取?)(?:精美|豪华|超值|神秘|惊喜|限定|定制|专属|价值[^,。!?\n]{0,8}?)?小?(?:礼品|礼物|礼包|礼盒|好礼|赠品|大礼)/,
      /(?:赠送|加赠|免费送)(?:价值[^,。!?\n]{0,8}?的)?[^,。!?\n]{0,6}?(?:套装|[套件个份瓶支盒包])/,
      /(?:免费|额外|随单|随机|专属)(?:礼品|礼物|赠品|好礼|礼包)/,
      /(?:赠品|好礼|礼品|礼物|大礼包)(?:相送|赠送|免费|送不停|等你拿|领取|一份)/,
      /(?:随单|下单|加购)即?(?:附赠|赠送|有赠)/,
      /买(?:就|即)送/,
      /赠品\s?:/,
    ],
    fi: [
      /\blahja(?:n|ksi|na)? kaupan päälle\b/,
      /\bkaupanpäällis\w*/,
      /\b(?:ilmai\w*|maksuto\w*) (?:\w+ )?lahj\w*/,
      /\blahj\w* (?:jokaise\w*|ensimmäise\w*|tilauksen|ostoksen|ostosten|kaikkien|kaikille|yli \d)/,
      /\bsaat (?:\w+ )?(?:\w+ )?lahj(?:an|aksi|oja|at)\b/,
      /\b(?:tervetuliais|tilaaja|ostaja|synttäri|yllätys|kiitos)lahj\w*/,
      /\bostajalle (?:\w+ )?lahj\w*/,
    ],
  },
  exceptions: {
    en: [
      /\bgift[- ]?cards?\b/,
      /\be-?gift\b/,
      /\bgift (?:ideas?|guides?|wrap\w*|boxe?s?|bags?|sets? for\b|registry|receipts?|shop|certificates?|messages?|notes?|options?)/,
      /\bfree (?:\w+ )?(?:samples?|trials?|shipping|delivery|returns?|postage|tastings?)\b/,
      /\b(?:gluten|sugar|fat|dairy|lactose|fragrance|cruelty|toll|hands|risk|hassle|worry|stress|tax|duty|interest|fee|nut|soy|bpa|plastic|contact|carbon)[- ]free\b/,
    ],
    zh: [
      /适合送礼|送礼佳品|送礼首选|送礼自用|送礼必备|礼品卡|购物卡|送货|送达|配送|运送|赠送运费险|送人|送长辈|送父母|送女友|送男友|送朋友|送老师|送客户/,
    ],
    fi: [
      /\blahjakort\w*/,
      /\blahjaide\w*/,
      /\blahjapaket\w*/,
      /\blahjaksi (?:isälle|äidille|ystävälle|hänelle|itselle)/,
      /\bsopii lahjaksi/,
      /\bhyvä lahja\b/,
    ],
  },
  explanation: {
    en: {
      name: 'Free gift with purchase',
      what: 'The page offers a gift that comes with buying something.',
      why: 'A gift makes most of us feel we owe something back, even when we never asked for it, and the easiest way to give back here is to buy. The gift is also part of the price: it is chosen to make the purchase feel larger than it is.',
      source:
        'Cialdini, Influence: The Psychology of Persuasion (1984), ch. 2 on reciprocation; Regan (1971) on favours and compliance.',
      questions: [
        'Would I buy this at this price without the gift?',
        'Is the gift something I would pay for on its own?',
        'Do I have to spend more than I planned to get it?',
      ],
    },
    zh: {
      name: '购物赠品',
      what: '页面承诺购买即送赠品。',
      why: '收到礼物后,人们往往觉得欠了对方人情,哪怕自己并没有要求;在这里,还人情最方便的方式就是下单。赠品的成本通常已经算进价格,它让这次购买显得比实际更划算。',
      source: '西奥迪尼《影响力》(1984)第二章:互惠原理;Regan(1971)关于小恩惠与顺从的实验。',
      questions: [
        '如果没有赠品,我还会以这个价格买吗?',
        '这个赠品我会单独花钱买吗?',
        '为了拿到赠品,我是否要多花计划外的钱?',
      ],
    },
    fi: {
      name: 'Lahja ostoksen kaupan päälle',
      what: 'Sivu lupaa lahjan, kun ostat jotakin.',
      why: 'Lahja saa useimmat meistä tuntemaan, että olemme velkaa vastapalveluksen, vaikka emme pyytäneet mitään. Kaupassa helpoin tapa maksaa velka on ostaa. Lahjan hinta on yleensä jo laskettu mukaan, ja se saa ostoksen tuntumaan suuremmalta kuin se on.',
      source:
        'Cialdini, Influence: The Psychology of Persuasion (1984), luku 2: vastavuoroisuus; Regan (1971) pienistä palveluksista ja myöntyvyydestä.',
      questions: [
        'Ostaisinko tämän tähän hintaan ilman lahjaa?',
        'Maksaisinko lahjasta, jos se myytäisiin erikseen?',
        'Joudunko käyttämään enemmän rahaa kuin aioin saadakseni sen?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Spend $75 and get a free makeup bag.',
        'A little thank-you gift is waiting in your cart.',
        'FREE gift with purchase: a mini lip balm trio.',
        'Your free welcome gift is ready: open it before you check out.',
        'Receive a free gift when you spend $50 or more.',
        'Gift with every order over $75',
        'Get a free 3-piece cookware set when you spend $150.',
        'Claim your FREE tote bag with any purchase this weekend',
        'Free gifts worth up to $40 with orders over $100',
        'A surprise gift is on us with your first order.',
        'Mystery gift with every purchase!',
        'Freebies in every box',
      ],
      clean: [
        'Give the gift of music with a digital gift card.',
        'Perfect as a birthday gift.',
        'Gift ideas for dad',
        'Gift wrapping available at checkout.',
        'Free gift wrapping on request',
        'Sugar-free gummy bears',
        'Free shipping with every order',
        'Free samples with every order.',
        'Send an e-gift card by email',
        'The perfect gift for coffee lovers',
      ],
    },
    zh: {
      flagged: [
        '赠送价值199元的护理套装',
        '下单送精美小礼品',
        '购买即送价值99元的礼包',
        '满199元赠送旅行装',
        '拍下即赠定制帆布袋',
        '买就送保温杯',
        '入会即送新人好礼',
        '随单附赠品牌贴纸',
        '额外赠品:限量徽章一枚',
      ],
      clean: [
        '节日送礼佳品',
        '适合送礼',
        '礼品卡可在结账时使用',
        '次日送达',
        '送长辈送父母都很体面',
        '顺丰配送,全国送货上门',
        '礼盒包装',
      ],
    },
    fi: {
      flagged: [
        'Tilaa nyt ja saat lahjan kaupan päälle',
        'Ilmainen lahja jokaisen tilauksen mukana',
        'Saat kauniin lahjan yli 50 € ostoksiin',
        'Kaupanpäällisenä kosmetiikkalaukku',
        'Tervetuliaislahja uusille asiakkaille',
        'Lahja kaikille yli 40 euron tilauksille',
        'Ostajalle pieni lahja kiitokseksi',
      ],
      clean: [
        'Lahjakortti on hyvä lahja',
        'Lahjaideoita isälle',
        'Gluteeniton',
        'Sopii lahjaksi ystävälle',
        'Lahjapaketointi 3,90 €',
      ],
    },
  },
});
