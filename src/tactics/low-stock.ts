import { defineTactic } from '../core/types';

// A message that few items are left (Mathur et al. 2019, Scarcity: low-stock message).
// "Sold out" is not flagged: it states that nothing can be bought, it does not press a decision.

const FEW = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple|few|a\s+handful|limited)`;
const UNIT = String.raw`(?:items?|units?|pieces?|pcs|pc|products?|seats?|spots?|places?|tickets?|pairs?|bottles?|boxes|bags|sets?|yards?|metres?|meters?|kits?|watch(?:es)?|rings?|copies|left-overs)`;

export default defineTactic({
  id: 'low-stock',
  family: 'scarcity',
  severity: 'high',
  // Number words (\"only three left\", \"twenty people\") are read as digits when the cues miss.
  normalizers: ['number-words'],
  keywords: {
    en: [
      'left',
      'remain',
      'stock',
      'limited stock',
      'limited quant',
      'limited avail',
      'limited supp',
      'limited inv',
      'limited num',
      'almost gone',
      'almost sold',
      'almost out',
      'sell out',
      'sellout',
      'sell-out',
      'selling out',
      'claimed',
      'gone',
      'available',
      'while supplies',
      'while stock',
      'while quantities',
      'restock',
      'last one',
      'last few',
      'last piece',
      'last item',
      'last unit',
    ],
    zh: ['剩', '库存', '限量', '数量有限', '售完', '售罄', '手慢无', '欲购从速', '最后', '仅余', '少量'],
    fi: ['jäljellä', 'enää', 'vähissä', 'rajoitettu', 'loppuunmyy', 'riittää', 'kpl', 'varastossa', 'viimeiset'],
  },
  cues: {
    en: [
      // "only 2 left", "just a few left in stock", "only 4 unit(s) available", "only one left in this size"
      new RegExp(
        String.raw`\b(?:only|just|less\s+than|fewer\s+than|under)\s+${FEW}\b[^.!?\n]{1,30}?\b(?:left|remaining|remain|in\s+stock|available)\b`,
      ),
      // "5 items left", "3 LEFT", "20 units left", "23% left in stock", "167 piece(s) left"
      new RegExp(
        String.raw`\b\d[\d,.]*%?\s*(?:\(?${UNIT}(?:\(s\))?\)?\s*)?(?:left|remaining)\b(?![\s-]+(?:side|hand|foot|arm|leg|ear|eye|click|chest|wing|turn|of\s+the))`,
      ),
      // "1 in Stock", "2 in stock"
      new RegExp(String.raw`(?:^|[^\w.,])\d[\d,]*\s*(?:\(?${UNIT}(?:\(s\))?\)?\s*)?in\s+stock\b`),
      /\b(?:a\s+)?(?:few|handful)\s+(?:\w+\s+)?(?:left|remaining)\b(?!\s+(?:to\s+go|of|over|behind|unanswered))/,
      /\blow\s+(?:in\s+|on\s+)?(?:stock|inventory)\b/,
      /\b(?:stock|inventory|supplies)\s*(?:is\s+|are\s+|running\s+)?(?:low|limited)\b/,
      /\blimited\s+(?:stock|quantit(?:y|ies)|availability|supply|supplies|inventory|numbers)\b/,
      /\balmost\s+(?:gone|sold\s+out|out\s+of\s+stock)\b/,
      /\bsell(?:ing)?[\s-]?out\s+(?:risk|soon|fast|quickly)\b/,
      /\bonce\s+(?:it'?s|they'?re|these\s+are|this\s+is)\s+gone\b/,
      /\bwhile\s+(?:supplies|stocks?|quantities)\s+last\b/,
      /\b\d{1,3}%\s+(?:of\s+)?(?:(?:the\s+)?(?:offers?|deals?|stock|coupons?|items?)\s+)?(?:claimed|sold)\b/,
      /\b(?:rarely|never|won'?t\s+be|will\s+not\s+be|not\s+be)\s+restock(?:ed|ing)?\b/,
      /\b(?:live\s+)?remaining\s+(?:stock|inventory)\b/,
      /\blast\s+(?:one|few|pieces?|items?|units?)\s+(?:left|in\s+stock|available|remaining)\b/,
    ],
    zh: [
      /[仅只还](?:剩|余)(?:最后)?\s*(?:\d+\s*)?[件个份台套双瓶盒张位单]/,
      /最后\s*\d+\s*[件个份台套双瓶盒]/,
      /库存(?:紧张|不足|告急|仅剩|有限|不多)/,
      /(?:限量|数量有限|少量库存)/,
      /(?:售完|卖完|抢完)(?:即止|为止|不补|就没了)/,
      /(?:即将|快要?)(?:售罄|卖完|抢光|断货)/,
      /手慢无|欲购从速/,
    ],
    fi: [
      /\benää\s+\d+\s*(?:kpl|kappaletta|tuotetta|paria|kokoa)?\b/,
      /\b(?:vain|enää)\s+(?:\d+|muutama|pari|harva)\s+(?:(?:kpl|kappale\w*|tuote\w*)\s+)?(?:jäljellä|varastossa)/,
      /\b\d+\s*(?:kpl|kappaletta)\s+jäljellä/,
      /\bjäljellä\s+(?:vain|enää)\s+\d+/,
      /vähissä(?![a-zäöå])/,
      /\b(?:lähes|melkein)\s+(?:loppuunmyyty|loppu)\b/,
      /\brajoitettu\s+(?:erä|määrä|saatavuus)\b/,
      /\b(?:niin\s+kauan\s+kuin|kunnes)\s+(?:tavaraa|varastoa|tuotetta)\s+riittää(?![a-zäöå])/,
      /\b(?:viimeiset|viimeinen)\s+(?:kappaleet|kappale|kpl)\b/,
    ],
  },
  exceptions: {
    en: [/\bonly\s+ships?\b/, /\bleft[\s-](?:handed|side)\b/],
    zh: [/[仅只还](?:剩|余)\s*(?:\d+\s*)?(?:天|小时|分钟|秒)/, /不限量|限量版/],
    fi: [/\b(?:jäljellä|enää)\s+\d+\s*(?:pv|päivä\w*|t|h|tunti\w*|min\w*|viikko\w*)(?!\w)/],
  },
  explanation: {
    en: {
      name: 'Low stock message',
      what: 'The page says only a few items are left.',
      why: 'Things that seem rare seem more valuable: in a classic study people rated the same cookies as more desirable when the jar held two than when it held ten. A low count also makes us fear losing the chance, so we decide before we have compared. Mathur et al. found such counts that were generated at random.',
      source:
        'Worchel, Lee & Adewole, "Effects of supply and demand on ratings of object value" (1975); Cialdini, Influence (1984), ch. 7 on scarcity; Mathur et al. 2019, Scarcity.',
      questions: [
        'Would I want it as much if there were plenty left?',
        'If it sells out, is there a similar product I would be just as happy with?',
      ],
    },
    zh: {
      name: '库存紧张提示',
      what: '页面提示这件商品只剩下很少几件。',
      why: '稀少的东西显得更有价值:在一项经典实验中,同样的饼干,罐子里只有两块时,人们觉得它比罐子里有十块时更好吃。数量少还会让人害怕错过,于是还没比较就下了决定。Mathur 等人发现有些网站的库存数字其实是随机生成的。',
      source: 'Worchel、Lee 与 Adewole(1975)饼干罐实验;西奥迪尼《影响力》(1984)第七章:稀缺;Mathur 等(2019)。',
      questions: ['如果库存充足,我还会这么想要吗?', '就算卖完了,有没有让我同样满意的替代品?'],
    },
    fi: {
      name: 'Vähissä oleva varasto',
      what: 'Sivu kertoo, että tuotetta on jäljellä enää muutama.',
      why: 'Harvinainen tuntuu arvokkaalta: klassisessa kokeessa samat keksit arvioitiin paremmiksi, kun purkissa oli kaksi kuin kun niitä oli kymmenen. Pieni luku saa myös pelkäämään tilaisuuden menettämistä, joten päätämme ennen kuin olemme vertailleet. Mathur ym. löysivät kauppoja, joiden varastoluvut arvottiin.',
      source:
        'Worchel, Lee & Adewole (1975), keksipurkkikoe; Cialdini, Influence (1984), luku 7: niukkuus; Mathur ym. 2019.',
      questions: [
        'Haluaisinko tätä yhtä paljon, jos sitä olisi runsaasti?',
        'Jos tuote loppuu, löytyykö yhtä hyvä vaihtoehto?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Only 2 left',
        'Low stock - just 4 remaining',
        'Almost gone!',
        'Hurry, only a few left!',
        '1 in Stock',
        'Only 4 unit(s) available!',
        '90% offers claimed.',
      ],
      clean: [
        'Only ships to US',
        'Sold out',
        'In stock',
        'Out of Stock!',
        'Limited warranty',
        'Swipe left to see more',
        'Left side pocket',
      ],
    },
    zh: {
      flagged: ['仅剩3件', '库存紧张,仅剩最后5件', '限量发售', '即将售罄'],
      clean: ['有货', '已售罄', '仅剩2天'],
    },
    fi: {
      flagged: ['Enää 2 kpl jäljellä', 'Varasto vähissä', 'Vain 3 kpl jäljellä', 'Lähes loppuunmyyty'],
      clean: ['Varastossa', 'Loppuunmyyty', 'Aikaa jäljellä 2 päivää'],
    },
  },
});
