import { defineTactic } from '../core/types';

// "Buy one, get one free" and multi-buys ("3 for 2"): the extra item is framed as a gift, but it is paid for by
// buying more than one.

export default defineTactic({
  id: 'bogo',
  family: 'reciprocity',
  severity: 'medium',
  keywords: {
    en: [
      'buy',
      'take',
      'pay',
      'bogo',
      'b1g1',
      'b2g1',
      'for the price of',
      ' for ',
      'get one',
      'get 1',
      'get the',
      'get a second',
      'second one free',
      '-for-',
      'match',
    ],
    zh: ['买', '拍', '件免', '件送', '第二件', '第2件', '第三件', '第3件', '多1件', '多一件', '再来一'],
    fi: ['osta', 'ota', 'maksa', 'hinnalla', 'toinen', 'toisen', 'kolmas', 'neljäs', '/1', '/2', '/3'],
  },
  cues: {
    en: [
      /\bbogo\b/,
      /\bb[1-5]g[1-5]\b/,
      /\bbuy (?:any )?(?:\d|one|two|three|four|five|six)\b(?:[^.!?\n]|\.\d){1,40}?\b(?:get|take|receive) (?:\d|one|two|a|an|another|the|your)\b/,
      /\b(?:(?:2|two) for (?:the price of )?(?:1|one)|(?:3|three) for (?:the price of )?(?:2|two)|(?:4|four) for (?:the price of )?(?:3|three)|(?:5|five) for (?:the price of )?(?:4|four))\b(?![\d.,:$€£%/])(?! (?:people|persons|players|adults|kids|days|hours|weeks|months|years|minutes|servings|nights|guests|rooms)\b)/,
      /\b(?:take|buy|get) (?:\d|two|three|four|five),? (?:and )?pay (?:for )?(?:\d|one|two|three|four)\b/,
      /\bfor the price of (?:\d|one|two|three|four|five)\b/,
      /\b(?:\d|two|three)-for-(?:\d|one|two)\b/,
      /\bget (?:one|1|another|a second(?: one)?|the (?:second|third|fourth|2nd|3rd|4th)(?: one| item| pair| unit)?) (?:free|for free|on us|for [$€£]?0(?:\.00)?|for a penny|for [$€£]?1)\b/,
      /\b(?:second|third|2nd|3rd) (?:one|item|pair|unit|bottle|box|pizza) (?:is )?(?:free|on us)\b/,
      /\b(?:mix|pick) (?:and|&|'n') match (?:any )?(?:\d|two|three)\b/,
    ],
    zh: [
      /买[一二两三四五六七八九十\d][件个份盒瓶支箱包袋桶罐套双]?[送赠免得发返][一二两三四五六\d]/,
      /拍[一二两三四五\d][件份盒瓶]?[发得送][一二两三四五六七八九十\d]/,
      /[两二三四五\d]件(?:免|送)[一1]|[两二三四五\d]件[一\d]件免费/,
      /第[二三四2-4][件份杯个瓶盒支双套只单]?(?:商品)?(?:免费|0元|〇元|零元|免单|白送|送)/,
      /(?:加|多|再加)[一\d](?:\.\d)?元(?:[多得换]|再来)[一\d]?[件个份瓶盒]/,
      /买[一1][件个份]?得[二两三23]/,
    ],
    fi: [
      /\b(?:osta|ota) (?:\d|yksi|kaksi|kolme|neljä|viisi)(?!\d|[,.]\d)(?:[^.!?\n]|\.\d){0,20}?\b(?:maksa|saat|saa|ja saat|ja maksa) (?:\d|yksi|yhden|kaksi|kahden|kolme|toinen|toisen)/,
      /\b(?:\d|kaksi|kolme|neljä|viisi)(?: kpl| tuotetta| pakkausta| pulloa| paria)? (?:\d(?::n)?|yhden|kahden|kolmen|neljän) (?:tuotteen |kappaleen |pakkauksen )?hinnalla\b/,
      /\b(?:toi(?:nen|sen)|kolma(?:s|nnen)|neljä(?:s|nnen))(?: \w+)? (?:ilmaiseksi|kaupan päälle|veloituksetta|maksutta|0 ?€|0,00 ?€)/,
      /\b[2-5]\/[1-4](?: |-| -)?(?:tarjou|kampanj|etu)\w*/,
    ],
  },
  explanation: {
    en: {
      name: 'Buy one, get one',
      what: 'The page offers an extra item, free or cheaper, when you buy more than one.',
      why: 'The extra item is presented as a gift, and a gift invites us to take the deal. But the gift only exists if you buy more than you came for, so the real question is whether you need two. "Free" is also a powerful word: a zero price makes people overvalue an offer compared with a plain discount of the same size.',
      source: 'Cialdini, Influence (1984), ch. 2; Shampanier, Mazar & Ariely (2007), "Zero as a special price".',
      questions: [
        'Did I need two (or three) of these before I saw the offer?',
        'What does one cost on its own, and what is the real price per item?',
        'Will the extra one be used before it expires or goes out of style?',
      ],
    },
    zh: {
      name: '买一送一、多买多送',
      what: '页面承诺买多件时送一件或再便宜一件。',
      why: '多出来的那一件被包装成"赠送",而礼物总让人想接受。但这份"礼"只有在你买得比原计划多时才存在,真正要问的是自己是否需要两件。"免费"二字格外有吸引力,人们往往高估一个零元的东西,哪怕同等金额的直接折扣其实一样划算。',
      source: '西奥迪尼《影响力》(1984)第二章;Shampanier、Mazar 与 Ariely(2007)《零:一个特殊的价格》。',
      questions: [
        '看到活动之前,我需要两件吗?',
        '单买一件多少钱?折算下来每件多少钱?',
        '多出来的那件在过期或过季前用得完吗?',
      ],
    },
    fi: {
      name: 'Osta yksi, saat toisen',
      what: 'Sivu lupaa ylimääräisen tuotteen ilmaiseksi tai halvemmalla, kun ostat useamman.',
      why: 'Ylimääräinen tuote esitetään lahjana, ja lahjaan on helppo tarttua. Lahja syntyy kuitenkin vain, jos ostat enemmän kuin olit tullut ostamaan, joten oikea kysymys on, tarvitsetko kahta. Sana "ilmainen" on myös poikkeuksellisen houkutteleva: nollahinta saa tarjouksen näyttämään paremmalta kuin yhtä suuri tavallinen alennus.',
      source: 'Cialdini, Influence (1984), luku 2; Shampanier, Mazar & Ariely (2007), "Zero as a special price".',
      questions: [
        'Tarvitsinko kahta (tai kolmea) ennen kuin näin tarjouksen?',
        'Mitä yksi maksaa yksinään, ja mikä on todellinen kappalehinta?',
        'Ehdinkö käyttää ylimääräisen ennen kuin se vanhenee?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'BOGO: buy one pizza, get one free.',
        'Buy 3 for the price of 2.',
        'Buy 2, get 1 free on all vitamins',
        'Buy one, get one 50% off',
        '3 for 2 on selected books',
        'Two-for-one cocktails until 7pm',
        'Get the second pair free',
        'B2G1 on all candles',
        'Mix and match 3 for $20',
        'Take 3, pay for 2',
      ],
      clean: [
        'Serves 4 for 2 days',
        'Buy now, get it by Friday',
        'Rated 4 for 5 on comfort',
        'Buy with confidence',
        'Get one for yourself',
      ],
    },
    zh: {
      flagged: ['买二送一', '买一送一,数量有限', '买2件送1件', '拍二发三', '第二件0元', '两件免一', '加1元多1件'],
      clean: ['立即购买', '购买须知', '第二代产品', '买家秀', '无糖'],
    },
    fi: {
      flagged: [
        'Osta yksi, saat toisen ilmaiseksi',
        'Osta 2 maksa 1',
        'Ota 3, maksa 2 kaikista jogurteista',
        '3 kpl 2:n hinnalla',
        'Kolme kahden hinnalla',
        'Toinen pari kaupan päälle',
        '3/2-tarjous kaikista kirjoista',
      ],
      clean: [
        'Osta nyt',
        'Toinen väri: musta',
        'Gluteeniton',
        'Osta 2 kpl tai enemmän saadaksesi ilmaisen toimituksen',
      ],
    },
  },
});
