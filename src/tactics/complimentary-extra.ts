import { defineTactic } from '../core/types';

// An extra thing bundled "at no extra cost": a bonus cable, a free case, an included accessory. It is a gift
// framed inside the product, which makes the bundle feel more generous than the price alone.

export default defineTactic({
  id: 'complimentary-extra',
  family: 'reciprocity',
  severity: 'low',
  keywords: {
    en: [
      'no extra',
      'no additional',
      'free of charge',
      'bonus',
      'included',
      'includes',
      'comes with',
      'complimentary',
      'free',
      'thrown in',
    ],
    zh: [
      '附赠',
      '附送',
      '加送',
      '多送',
      '另送',
      '另赠',
      '不加价',
      '不另收费',
      '不额外收费',
      '无需额外',
      '免费',
      '送',
      '赠',
      '运费险',
    ],
    fi: [
      'kaupan päälle',
      'ilman lisä',
      'ei lisä',
      'veloituksetta',
      'maksutta',
      'ilmaiseksi',
      'bonuks',
      'bonus',
      'mukana',
    ],
  },
  cues: {
    en: [
      /\b(?:at|for|with) no (?:extra|additional) (?:cost|charge)\b/,
      /\bno (?:extra|additional) charge\b/,
      /\b(?:includes?|including|comes? with|plus|bundled with|packaged with|with),? (?:a |an |one |two |\d+ )?(?:free|bonus|complimentary|extra free)(?![-\w])(?! (?:\w+ )?(?:shipping|delivery|returns?|postage|trial|samples?|gifts?)\b)/,
      /\b(?:free|bonus|complimentary)(?! (?:shipping|delivery|returns?|postage|trial|samples?|gifts?)\b) (?:\w+ ){0,3}?(?:included|in the box|thrown in)\b/,
      /\bbonus (?:charging |usb |hdmi |spare |extra |replacement )?(?:cables?|cases?|straps?|batter(?:y|ies)|accessor(?:y|ies)|lens(?:es)?|heads?|bits?|blades?|filters?|pads?|covers?|chargers?|adapters?|bags?|pouch(?:es)?|e-?books?|guides?|content|tracks?|items?|pack)\b/,
      /\bthrown in (?:for free|free|at no)\b/,
    ],
    zh: [
      /(?:附赠|附送|随机附送|随箱附赠|另附赠|另赠|另送|加送|多送|额外赠送)/,
      /(?:送|赠送?|附赠|加送)运费险/,
      /(?:不加价|不另收费|不额外收费|无需额外付费|不收额外费用)/,
      /免费(?:升级[为到成]|加[厚大长量]|刻字|贴膜)/,
      /送(?:一[个条根只份套副张])?(?:数据线|充电器|充电头|手机壳|保护壳|保护套|贴膜|钢化膜|耳机|收纳袋|收纳包|清洁布|电池|配件|螺丝刀|工具包|挂绳|支架|刷头|替换头|滤芯|镜头布)/,
    ],
    fi: [
      /\bilman (?:lisä(?:maksua|hintaa|kustannuksia|kuluja)|ylimääräisiä kuluja)/,
      /\bei lisä(?:maksua|hintaa|kustannuksia|kuluja)/,
      /\bmukana (?:ilmaiseksi|veloituksetta|kaupan päälle|maksutta)/,
      /\b(?:ilmaiseksi|veloituksetta|maksutta) mukana\b/,
      /\bbonuksena\b/,
      /\bkaupan päälle\b/,
    ],
  },
  exceptions: {
    en: [
      /\b(?:returns?|exchanges?|cancell?ations?)\b(?:[^.!?\n]|\.\d){1,30}?\b(?:at|for|with) no (?:extra|additional)/,
      /\b(?:at|for|with) no (?:extra|additional) (?:cost|charge)\b(?:[^.!?\n]|\.\d){1,10}?\b(?:returns?|exchanges?|cancell?ations?)\b/,
      /\bnot included\b/,
    ],
    fi: [
      /\bpalautu\w*\b(?:[^.!?\n]|\.\d){1,20}?(?:ilman lisä|veloituksetta|maksutta|ilmaiseksi)/,
      /\blahja(?:n|ksi|na)? kaupan päälle\b/,
    ],
  },
  explanation: {
    en: {
      name: 'Complimentary extra',
      what: 'The page bundles an extra item or service "at no extra cost".',
      why: 'An extra thrown in for free feels like generosity, and generosity makes us warmer towards the seller and the offer. But the extra is part of the package you pay for, and it shifts the comparison from "is this product worth the price?" to "look how much I get".',
      source: 'Cialdini, Influence (1984), ch. 2 on reciprocation; Burger (1986) on the "that\'s-not-all" technique.',
      questions: [
        'Do I need the extra, or would I skip it if it were sold separately?',
        'Is the main product worth its price on its own?',
      ],
    },
    zh: {
      name: '免费附赠配件',
      what: '页面说商品"不加价"附带额外的配件或服务。',
      why: '白送的东西显得商家大方,而大方让人对卖家和这个报价都多了几分好感。可附赠品本就包含在你付的钱里,它把问题从"这个商品值不值这个价"悄悄换成了"我得到的东西真多"。',
      source: '西奥迪尼《影响力》(1984)第二章;Burger(1986)关于"还不止这些"(that\'s-not-all)技巧的实验。',
      questions: ['这个附赠品我真的需要吗?如果单独卖我会买吗?', '不看赠品,主商品本身值这个价吗?'],
    },
    fi: {
      name: 'Kaupan päälle tuleva lisä',
      what: 'Sivu lupaa tuotteen mukana lisävarusteen tai palvelun "ilman lisämaksua".',
      why: 'Ilmaiseksi mukaan tuleva lisä tuntuu anteliaisuudelta, ja anteliaisuus saa suhtautumaan myyjään ja tarjoukseen lämpimämmin. Lisä kuuluu kuitenkin pakettiin, josta maksat, ja se vaihtaa kysymyksen "onko tuote hintansa arvoinen?" muotoon "katso, miten paljon saan".',
      source: 'Cialdini, Influence (1984), luku 2; Burger (1986) "that\'s-not-all" -tekniikasta.',
      questions: [
        'Tarvitsenko lisää, vai jättäisinkö sen ostamatta, jos sitä myytäisiin erikseen?',
        'Onko päätuote hintansa arvoinen yksinään?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Includes a bonus charging cable at no extra cost.',
        'Comes with a free carrying case',
        'Free screen protector included',
        'Installation at no additional charge',
        'Plus a complimentary cleaning kit',
        'Bonus e-book: 50 quick recipes',
        'Extra battery thrown in for free',
        'Plus, a free travel pouch with every set',
      ],
      clean: [
        'Batteries not included',
        'Comes with free shipping',
        'Free returns at no extra cost',
        'Free download of the user manual (PDF).',
        'The price includes VAT.',
        'Gluten-free pasta, 500 g',
      ],
    },
    zh: {
      flagged: [
        '附赠原装数据线',
        '随箱附赠清洁布',
        '不加价升级大容量',
        '免费刻字',
        '送钢化膜和手机壳',
        '加送一套替换刷头',
        '赠运费险',
      ],
      clean: ['次日送达', '适合送礼', '免费咨询', '免费安装', '包装清单:主机x1'],
    },
    fi: {
      flagged: [
        'Kaupan päälle suojakotelo',
        'Asennus ilman lisämaksua',
        'Mukana veloituksetta laturi',
        'Bonuksena e-kirja',
        'Ei lisähintaa: vara-akku mukana',
      ],
      clean: ['Palautus ilman lisämaksua 30 päivää', 'Hinta sisältää arvonlisäveron', 'Gluteeniton'],
    },
  },
});
