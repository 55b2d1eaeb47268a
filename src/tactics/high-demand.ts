import { defineTactic } from '../core/types';

// A message that an item is wanted by many and may go soon (Mathur et al. 2019, Scarcity: high-demand
// message). Scarcity through demand: the cookie-jar study found it the most persuasive kind.

export default defineTactic({
  id: 'high-demand',
  family: 'scarcity',
  severity: 'medium',
  // Number words (\"only three left\", \"twenty people\") are read as digits when the cues miss.
  normalizers: ['number-words'],
  keywords: {
    en: [
      'demand',
      'selling',
      'sells',
      'going fast',
      'flying',
      'popular',
      'hot seller',
      'sought',
      'snapped up',
      'hot item',
    ],
    zh: ['热卖', '热销', '抢购', '疯抢', '供不应求', '火爆', '抢手', '卖疯', '爆款', '卖断货'],
    fi: [
      'kysyn',
      'kysytty',
      'myy kovaa',
      'kuumille kiville',
      'suosittu',
      'suosion',
      'loppuu nopeasti',
      'viedään käsistä',
    ],
  },
  cues: {
    en: [
      /\b(?:high|strong|huge|heavy|great|extreme(?:ly)?\s+high|increased|overwhelming|unprecedented)\s+demand\b/,
      /\bin\s+(?:high|great|huge|hot|strong)\s+demand\b/,
      /\b(?:selling|sells|sold|going)\s+(?:out\s+)?(?:fast|quickly|rapidly|like\s+hot\s*cakes)\b/,
      /\bflying\s+off\s+(?:the\s+)?(?:shelves|shelf)\b/,
      /\b(?:being\s+)?snapped\s+up\b/,
      /\b(?:hot|popular)\s+(?:seller|item|product)s?\s*!/,
      /\bin\s+(?:\d+\s+)?(?:other\s+)?(?:people'?s\s+)?(?:carts|baskets|bags)\s+(?:right\s+now|now)\b/,
    ],
    zh: [/热卖|热销中|抢购|疯抢|供不应求|火爆(?:热卖|销售|抢购)?|抢手|卖疯了|卖断货|爆款/],
    fi: [
      /\b(?:kova|suuri|suuren|kovan|valtava\w*|runsa\w*)\s+kysyn\w*/,
      /\bkysytty\s+tuote\b/,
      /\bmyy\w*\s+(?:kovaa\s+vauhtia|hyvin\s+nopeasti|kuin\s+häkä)(?![a-zäöå])/,
      /\bmenee\s+kuin\s+kuumille\s+kiville\b/,
      /\bloppuu\s+(?:nopeasti|hetkessä)(?![a-zäöå])/,
      /\bviedään\s+käsistä(?![a-zäöå])/,
    ],
  },
  exceptions: {
    en: [/\bsupply\s+(?:&|and)\s+demand\b/, /\bon[\s-]demand\b/],
    zh: [/热卖榜单说明/],
    fi: [/\bkysynnän\s+ja\s+tarjonnan\b/],
  },
  explanation: {
    en: {
      name: 'High demand message',
      what: 'The page says the item is in high demand or selling fast.',
      why: 'Scarcity caused by other people wanting something is the strongest kind: in the cookie-jar study, cookies that had become scarce because others took them were rated the most desirable of all. The message adds a sense of competition, which pushes us to decide before thinking it over.',
      source:
        'Worchel, Lee & Adewole, "Effects of supply and demand on ratings of object value" (1975); Cialdini, Influence (1984), ch. 7; Mathur et al. 2019, Scarcity: high-demand messages.',
      questions: ['Do I know how many others are actually buying it?', 'Would I still want it if nobody else did?'],
    },
    zh: {
      name: '热销提示',
      what: '页面说这件商品很抢手、卖得很快。',
      why: '因为别人都想要而变得稀少的东西,最能打动人:在饼干罐实验中,因被别人拿走而变少的饼干得到了最高的评价。“热卖”“抢购”带来竞争感,让人还没想清楚就急着下单。',
      source: 'Worchel、Lee 与 Adewole(1975)饼干罐实验;西奥迪尼《影响力》(1984)第七章;Mathur 等(2019)。',
      questions: ['我知道到底有多少人在买吗?', '如果别人都不买,我还会想要它吗?'],
    },
    fi: {
      name: 'Kova kysyntä',
      what: 'Sivu kertoo, että tuotteella on kova kysyntä tai että se myy nopeasti.',
      why: 'Niukkuus, joka johtuu siitä, että muut haluavat samaa, vaikuttaa voimakkaimmin: keksipurkkikokeessa keksit, jotka olivat vähentyneet muiden vietyä niitä, arvioitiin kaikkein halutuimmiksi. Viesti luo kilpailun tunteen, joka saa päättämään ennen kuin asiaa on ehtinyt harkita.',
      source: 'Worchel, Lee & Adewole (1975); Cialdini, Influence (1984), luku 7; Mathur ym. 2019, niukkuus.',
      questions: ['Tiedänkö, kuinka moni oikeasti ostaa tätä?', 'Haluaisinko tätä, vaikka kukaan muu ei haluaisi?'],
    },
  },
  examples: {
    en: {
      flagged: [
        'Selling fast!',
        'This item is in high demand.',
        'Due to high demand, delivery may take longer',
        'Going fast: order soon',
      ],
      clean: ['Supply & Demand', 'Video on demand', 'Best sellers', 'Sold by Acme Ltd.'],
    },
    zh: {
      flagged: ['热卖中', '限量抢购', '供不应求'],
      clean: ['商品详情', '热线电话 400-123-4567'],
    },
    fi: {
      flagged: ['Kovan kysynnän vuoksi toimitus viivästyy', 'Menee kuin kuumille kiville!', 'Myy kovaa vauhtia'],
      clean: ['Kysy tuotteesta', 'Kysynnän ja tarjonnan laki'],
    },
  },
});
