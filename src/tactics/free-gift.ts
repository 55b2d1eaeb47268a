import { defineTactic } from '../core/types';

// A gift that comes with a purchase: the classic reciprocity cue (Cialdini, Influence, ch. 2).

export default defineTactic({
  id: 'free-gift',
  family: 'reciprocity',
  severity: 'medium',
  keywords: {
    en: ['gift', 'complimentary', 'freebie', 'on us', 'bonus'],
    zh: ['送', '赠', '礼'],
    fi: ['lahja', 'kaupan päälle', 'kaupanpäällis', 'veloituksetta'],
  },
  cues: {
    en: [
      /\bfree\b[^.!?\n]{0,40}?\bgifts?\b/,
      /\bgifts? with (?:any |every |your )?(?:purchase|order)\b/,
      /\b(?:welcome|bonus|mystery|surprise) gifts?\b/,
      /\bcomplimentary\b[^.!?\n]{0,30}?\b(?:with|when)\b/,
      /\bfreebies?\b/,
      /\bgwp\b/,
    ],
    zh: [
      /(?:下单|购买|购物|买|满\d+元?)[^,。!?\n]{0,12}?(?:就?送|赠送?|赠品|加赠)/,
      /(?:送|赠|赠送)(?:精美|豪华|价值[^,。!?\n]{0,8}?)?(?:小)?(?:礼品|礼物|礼包|好礼|赠品)/,
      /(?:免费|额外)(?:礼品|礼物|赠品)/,
      /(?:赠品|好礼|礼品)(?:相送|赠送|免费)/,
    ],
    fi: [
      /\blahja(?:n|ksi)? kaupan päälle\b/,
      /\bkaupanpäällis\w*/,
      /\bilmai\w* lahja\w*/,
      /\blahja\w* (?:jokaisen|jokaiseen|tilauksen|ostoksen|ostosten) /,
      /\bsaat (?:\w+ )?lahja\w*/,
    ],
  },
  exceptions: {
    en: [/\bgift ?cards?\b/, /\bgift (?:ideas?|guides?|wrap\w*|box(?:es)?|sets? for\b|registry|receipts?)/],
    zh: [/适合送礼|送礼佳品|送礼首选|礼品卡|送货|送达|配送|运送|赠送运费险/],
    fi: [/\blahjakort\w*/, /\blahjaidea\w*/, /\blahjapaketo\w*/],
  },
  explanation: {
    en: {
      name: 'Free gift with purchase',
      what: 'The page offers a gift that comes with buying something.',
      why: 'A gift makes most of us feel we owe something back, even when we never asked for it, and the easiest way to give back here is to buy. The gift is also part of the price: it is chosen to make the purchase feel larger than it is.',
      source: 'Cialdini, Influence: The Psychology of Persuasion (1984), ch. 2 on reciprocation.',
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
      source: '西奥迪尼《影响力》(1984)第二章:互惠原理。',
      questions: ['如果没有赠品,我还会以这个价格买吗?', '这个赠品我会单独花钱买吗?', '为了拿到赠品,我是否要多花计划外的钱?'],
    },
    fi: {
      name: 'Ilmainen lahja ostoksen kaupan päälle',
      what: 'Sivu lupaa lahjan, kun ostat jotakin.',
      why: 'Lahja saa useimmat meistä tuntemaan, että olemme velkaa vastalahjan, vaikka emme pyytäneet mitään. Kaupassa helpoin tapa maksaa velka on ostaa. Lahjan hinta on yleensä jo laskettu mukaan, ja se saa ostoksen tuntumaan suuremmalta kuin se on.',
      source: 'Cialdini, Influence: The Psychology of Persuasion (1984), luku 2: vastavuoroisuus.',
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
        'FREE gift with purchase: a mini lip balm trio.',
        'Your free welcome gift is ready: open it before you check out.',
        'Receive a free gift when you spend $50 or more.',
        'Gift with every order over $75',
      ],
      clean: [
        'Give the gift of music with a digital gift card.',
        'Perfect as a birthday gift.',
        'Gift ideas for dad',
        'Gift wrapping available at checkout.',
        'Sugar-free gummy bears',
      ],
    },
    zh: {
      flagged: ['下单送精美小礼品', '购买即送价值99元的礼包', '满199元赠送旅行装'],
      clean: ['节日送礼佳品', '适合送礼', '礼品卡可在结账时使用', '次日送达'],
    },
    fi: {
      flagged: ['Tilaa nyt ja saat lahjan kaupan päälle', 'Ilmainen lahja jokaisen tilauksen mukana'],
      clean: ['Lahjakortti on hyvä lahja', 'Lahjaideoita isälle', 'Gluteeniton'],
    },
  },
});
