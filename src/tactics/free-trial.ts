import { defineTactic } from '../core/types';

// A free trial: the use of a product or service handed over first, paid for later (reciprocity), and often a
// first step that makes keeping it feel consistent (commitment).

export default defineTactic({
  id: 'free-trial',
  family: 'reciprocity',
  severity: 'medium',
  keywords: {
    en: ['trial', 'try', 'free', 'on us', 'first month'],
    zh: [
      '试用',
      '体验',
      '试听',
      '试学',
      '首月',
      '首周',
      '首期',
      '首单',
      '先试',
      '先用',
      '试穿',
      '试戴',
      '试睡',
      '试玩',
    ],
    fi: ['kokeil', 'koekäyt', 'tutustumisjakso', 'ensimmäi', 'maksutta', 'ilmaiseksi', 'kokeilujakso'],
  },
  cues: {
    en: [
      /\bfree trials?\b/,
      /\btrials? (?:for free|free of charge|at no cost|on us)\b/,
      /\b(?:risk[- ]free|no[- ]obligation|no[- ]commitment) (?:\d+[- ](?:day|week|month)s? )?(?:trial|try[- ]out|test drive)\b/,
      /\btry (?:\w+ )?(?:for )?free(?![-\w])(?! (?:of|from)\b)/,
      /\btry (?:\w+ )?(?:for )?\d{1,3}[- ](?:days?|weeks?|months?) (?:risk[- ]free|for free|free)\b/,
      /\btry (?:\w+ )?(?:risk[- ]free|at no cost|on us)\b/,
      /\b(?:first|1st) (?:\d+ |two |three )?(?:months?|weeks?) (?:is |are )?(?:free|on us|for [$€£]?0(?:\.00)?)\b/,
      /\b(?:\d+|one|two|three|six) (?:months?|weeks?|days?) (?:of (?:\w+ ){1,3}?)?(?:free|on us)(?![-\w])/,
      /\bfree for (?:the first )?(?:\d+|one|two|three|six|thirty) (?:days?|weeks?|months?)\b/,
      /\btry (?:\w+ )?before you buy\b/,
      /\b(?:\d+|thirty|sixty|ninety)[- ](?:day|night) (?:home |sleep |in-home )?trial\b/,
    ],
    zh: [
      /(?:免费|0元|〇元|零元|一元|1元)(?:试用|体验|试听|试学|试玩|试穿|试戴|领用)/,
      /(?:首月|首周|首期|首单)(?:免费|0元|〇元|零元|1元|一元|只要\d|仅需?\d)/,
      /(?:试用|体验)\d+天/,
      /先(?:试|用|体验)后[买付购]/,
      /(?<!\d)\d+天(?:免费|无理由)?试[用睡穿戴]/,
    ],
    fi: [
      /\bkokeil\w*\b(?:[^.!?\n]|\.\d){1,30}?\b(?:maksutta|ilmaiseksi|veloituksetta|0 ?€|0,00 ?€)/,
      /\b(?:ilmai\w*|maksuto\w*|veloitukseto\w*) (?:\d+ (?:päivän|viikon|kuukauden) )?(?:kokeilu\w*|koekäyt\w*|tutustumisjakso\w*)/,
      /\b(?:kokeilujakso|koekäyttö|tutustumisjakso|kokeilukuukausi)\w*/,
      /\bensimmäi\w* (?:\w+ )?(?:kuukausi|kuukauden|kuukaudet|viikko|viikot|viikon|kk)\b(?:[^.!?\n]|\.\d){1,12}?(?:ilmai\w*|maksutta|veloituksetta|0 ?€|0,00 ?€)/,
      /\b\d+ (?:päivää|vrk|viikkoa|kuukautta|kk) (?:ilmaiseksi|maksutta|veloituksetta)/,
    ],
  },
  exceptions: {
    en: [
      /\b(?:clinical|court|drug|field) trials?\b/,
      /\b(?:gluten|sugar|fat|dairy|lactose|fragrance|cruelty|caffeine|alcohol|nut|soy|meat|toll|hands|hassle|worry|stress|tax|duty|interest|fee|bpa|plastic)[- ]free\b(?! (?:for|trial))/,
      /\btrial and error\b/,
      /\btrial[- ]sizes?\b/,
    ],
    zh: [/试用期(?!内免费)/, /免费咨询/],
    fi: [/\bpalautu\w* (?:\w+ )?(?:maksutta|ilmaiseksi|veloituksetta)/],
  },
  explanation: {
    en: {
      name: 'Free trial',
      what: 'The page offers a product or service free for a first period.',
      why: "Getting something for nothing first creates a small debt, and after a few weeks of use the product also feels like yours, so giving it back feels like a loss. Many trials turn into a paid plan unless you cancel, and the effort of remembering to cancel works in the seller's favour.",
      source:
        'Cialdini, Influence (1984), ch. 2 on reciprocation; Kahneman, Knetsch & Thaler (1990) on the endowment effect.',
      questions: [
        'What will it cost after the trial, and when does that start?',
        'How do I cancel, and will I remember to?',
        'Would I choose this plan if there were no free start?',
      ],
    },
    zh: {
      name: '免费试用',
      what: '页面提供一段时间的免费试用或体验。',
      why: '先白白得到一样东西,会让人觉得欠了商家一份情;用上几周以后,东西也仿佛成了自己的,退掉反而像是损失。很多试用到期会自动转成付费,忘记取消正合商家的意。',
      source: '西奥迪尼《影响力》(1984)第二章;Kahneman、Knetsch 与 Thaler(1990)关于禀赋效应的研究。',
      questions: [
        '试用结束后要付多少钱,从哪天开始扣费?',
        '怎么取消?我记得住吗?',
        '如果没有免费试用,我还会选这个套餐吗?',
      ],
    },
    fi: {
      name: 'Ilmainen kokeilujakso',
      what: 'Sivu tarjoaa tuotetta tai palvelua ilmaiseksi ensimmäisen jakson ajan.',
      why: 'Kun saamme jotain ensin ilmaiseksi, syntyy pieni kiitollisuudenvelka, ja muutaman viikon käytön jälkeen tuote tuntuu jo omalta, joten siitä luopuminen tuntuu menetykseltä. Moni kokeilu muuttuu maksulliseksi, ellei sitä peru, ja peruuttamisen muistaminen jää ostajan vastuulle.',
      source: 'Cialdini, Influence (1984), luku 2; Kahneman, Knetsch & Thaler (1990) omistusvaikutuksesta.',
      questions: [
        'Paljonko tämä maksaa kokeilun jälkeen, ja mistä päivästä alkaen?',
        'Miten peruutan, ja muistanko tehdä sen ajoissa?',
        'Valitsisinko tämän, jos ilmaista alkua ei olisi?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Try 30 days risk-free',
        'Start your free trial today.',
        'Try Prime free for 30 days',
        '30-day free trial, cancel anytime',
        'First month free, then $9.99/month',
        'Try it risk-free for 100 nights',
        '3 months on us when you sign up',
        'Free for the first 14 days',
        '100-night sleep trial',
        'Get 3 months of streaming free',
        'Try before you buy: order up to 5 frames to try at home',
      ],
      clean: [
        'Try our free-range eggs',
        'Clinical trials show improvement',
        'Trial-size shampoo, 50 ml',
        'Feel free to contact us',
        'Try again later',
        'Free returns within 30 days',
      ],
    },
    zh: {
      flagged: [
        '7天免费试用',
        '新用户首月0元',
        '免费体验30天会员',
        '先试后买,不满意包退',
        '0元试用',
        '首月只要1元',
        '100天试睡',
      ],
      clean: ['免费咨询', '试用期员工', '免洗洗手液', '适合送礼'],
    },
    fi: {
      flagged: [
        'Kokeile 14 päivää maksutta',
        'Kokeile ilmaiseksi kuukauden ajan',
        'Ensimmäinen kuukausi 0 €',
        'Ilmainen 30 päivän kokeilujakso',
        'Tutustumisjakso: 2 viikkoa ilmaiseksi',
        '30 päivän koekäyttö',
      ],
      clean: ['Palautus maksutta 30 päivän ajan', 'Gluteeniton', 'Kokeile myös näitä', 'Lahjakortti'],
    },
  },
});
