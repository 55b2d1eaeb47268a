import { defineTactic } from '../core/types';

// What other shoppers are said to be doing right now: "Someone in Denver just bought this",
// "23 people are viewing", "5,000+ sold" (Mathur et al. 2019, Social Proof: activity notification).

export default defineTactic({
  id: 'activity-notification',
  family: 'social-proof',
  severity: 'medium',
  // Number words (\"only three left\", \"twenty people\") are read as digits when the cues miss.
  normalizers: ['number-words'],
  keywords: {
    en: [
      'watchers',
      'viewing',
      'looking',
      'watching',
      'checking',
      'browsing',
      'buying',
      'viewed',
      'looked',
      'checked',
      'bought',
      'purchased',
      'purchase',
      'ordered',
      'added',
      'like this',
      'have this',
      'have it',
      'sold',
      'orders',
      'views',
      'visits',
      'visitors',
      'carts',
      'baskets',
      'bags',
      'wishlists',
      'want this',
      'just got',
      'just saved',
      'just grabbed',
      'just snagged',
      'just claimed',
    ],
    zh: ['销', '售', '人', '购买', '下单', '付款', '在看', '浏览', '加购', '抢到', '成交'],
    fi: [
      'osti',
      'ostanut',
      'ostettu',
      'ostajaa',
      'tilasi',
      'tilannut',
      'katso',
      'selaa',
      'asiakasta',
      'henkilöä',
      'ihmistä',
      'myyty',
      'ostoskori',
    ],
  },
  cues: {
    en: [
      // "23 people are viewing", "156 people have this in their cart", "105 pawrents are buying", "3642 BOUGHT"
      /\b\d[\d,.]*\s*(?:(?:k\+?|\+)\s*)?(?:(?:other|more)\s+)?(?:(?!(?:i|you|we|he|she|they|it|and|or|but)\s)[a-z]+\s+)?(?:(?:are|is|have|has|were|was)\s+)?(?:(?:currently|recently|just|also|already|now)\s+)?(?:viewing|looking|watching|checking|browsing|buying|viewed|looked|checked|bought|purchased|ordered|added|like\s+this|have\s+(?:this|it)(?:\s+(?:item|product))?\s+in)\b/,
      // "6 people other than you have this product in their cart"
      /\b\d[\d,]*\s+(?:people|shoppers|customers|others|users)\b[^.!?\n]{1,30}?\b(?:have|has|added)\s+(?:this|it)\b[^.!?\n]{1,20}?\b(?:in|to)\s+(?:their|a)\s+(?:carts?|bags?|baskets?)\b/,
      // "23 watchers" (auction and marketplace pages)
      /\b\d[\d,]*\+?\s+watchers\b/,
      // "7 sold in the last 48 hours", "5,000+ sold", "10k+ orders"
      /\b\d[\d,.]*\s*(?:(?:k\+?|\+)\s*)?(?:sold|orders)\b(?!\s+(?:by|separately|out|as|individually|in\s+(?:pack|set|pair)))/,
      // "Sold 4 times today", "viewed 92 times in the last day", "Purchased 6 times this week"
      /\b(?:sold|bought|purchased|viewed|ordered|add(?:ed)?\s+to\s+(?:cart|bag|basket))\s+\d[\d,]*\s+times\b/,
      // "Bought by 39 people in last few hours"
      /\b(?:bought|purchased|viewed|ordered|loved)\s+by\s+(?:(?:over\s+|more\s+than\s+)?\d[\d,]*\s*(?:\+\s*)?(?:people|customers|shoppers|buyers|others)|someone|a\s+(?:customer|shopper)\s+(?:in|from))\b/,
      // "Over 200 views in 24 hrs", "308 viewed per day"
      /\b\d[\d,]*\+?\s*(?:views|viewed|visits|visitors)\s+(?:in|per|today|this|over|during|within|since)\b/,
      // "This is in 5 other carts"
      /\bin\s+\d+\s+(?:other\s+)?(?:people'?s\s+)?(?:carts|baskets|bags|wishlists)\b/,
      // "Several people have recently viewed this item", "Other people want this"
      /\b(?:several|many|other|lots\s+of|multiple)\s+(?:people|shoppers|customers|buyers)\s+(?:are\s+|have\s+|also\s+)?(?:recently\s+|currently\s+|just\s+)?(?:viewing|looking|viewed|looked|bought|purchased|watching|want\s+this|added)\b/,
      // "Someone in Denver just bought this", "Someone added ... to their cart"
      /\b(?:someone|somebody|(?:a\s+)?(?:customer|shopper|buyer)\s+(?:in|from|near)|a\s+(?:customer|shopper|buyer)|another\s+[a-z]+)\b[^!?\n]{1,60}?\b(?:bought|purchased|ordered|added|viewed|saved|started\s+buying|made\s+a\s+purchase|is\s+(?:viewing|looking|buying))/,
      // "Theresa from Botkins just bought", "Kamal in Lathrop, United States purchased a"
      /\b(?:in|from|near)\s[^!?\n]{1,60}?\s(?:(?:just|recently)\s+)?(?:bought|purchased|ordered|made\s+a\s+purchase|started\s+buying)/,
      /\bjust\s+(?:bought|purchased|ordered|saved|got|grabbed|snagged|claimed|added)\b/,
      // "... purchased ... about 24 minutes ago"
      /\b(?:bought|purchased|ordered|viewed|added)[^!?\n]{1,120}?\b(?:\d+|an?|few|some)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\s+ago\b/,
      /\blast\s+(?:purchased?|ordered|order|sold|bought)\b[^.!?\n]{1,20}?\b(?:ago|today|at\s+\d)/,
      // "65% of our customers added Surefit protection"
      /\b\d{1,3}%\s+of\s+(?:our\s+)?(?:customers|shoppers|buyers|people|users)\s+(?:also\s+)?(?:added|bought|purchased|chose|choose|add|buy)\b/,
    ],
    zh: [
      /(?:月销|已售|已卖|销量|热销|已抢|累计销售|总销量)\s*(?::\s*)?\d/,
      /\d[\d.,]{0,12}(?:\s?万)?\+?\s?(?:人|位(?:顾客|买家|用户)?|个?买家)\s?(?:(?:已|正在|刚刚|最近)\s?)?(?:购买|付款|下单|收货|在看|浏览|加购|想要|抢购|买过|收藏|关注|拼单)/,
      /(?:刚刚|\d{1,3}\s?(?:秒|分钟|小时)前)\s?(?:有人|有(?:位|个)?(?:顾客|买家|用户))?\s?(?:购买|下单|抢到|付款|买)了?/,
      /(?:来自|在)[^,。!?\n]{1,12}?的?(?:用户|顾客|买家|网友|朋友)?\s*(?:刚刚|刚)\s*(?:购买|下单|抢购|买)/,
    ],
    fi: [
      /\b\d+(?:\s\d{3})*\+?\s*(?:asiakasta|henkilöä|ihmistä|käyttäjää|ostajaa|kävijää)\s+(?:on\s+)?(?:juuri\s+|nyt\s+|tänään\s+)?(?:ostivat|osti|ostanut|tilasi|tilannut|katsoo|katsoi|katsonut|katselee|selaa|selasi|lisäsi|lisännyt|on\s+ostoskorissa)/,
      /\b(?:joku|eräs\s+asiakas|asiakas)\b[^!?\n]{1,50}?\b(?:osti|tilasi|lisäsi)\s+(?:juuri|äsken|hetki\s+sitten)?/,
      /\b(?:osti|tilasi)\s+(?:juuri|äsken|hetki\s+sitten)\b/,
      /\bostettu\s+\d+\s+kertaa\b/,
      /\b\d+\s+(?:kpl\s+)?myyty\s+(?:viime|tänään|tällä|viikossa|päivässä|\d)/,
      /\b\d+\s+(?:ostoskorissa|ostoskoriin\s+lisätty)\b/,
    ],
  },
  exceptions: {
    en: [
      /\b\d+\s+items?\s+(?:added\s+to|in)\s+your\b/,
      /\b(?:made|designed|printed|assembled|produced|manufactured|crafted|grown|shipped|dispatched)\s+(?:in|from|near)\s/,
      /\b\d+\s+(?:people|customers|shoppers)\s+found\s+this\b/,
      /\b(?:sold|shipped)\s+by\b/,
      /\b\d+\s+(?:products?|results?|items?|reviews?|ratings?)\s+(?:viewed|found|added|shown)\b/,
      /\b(?:recently\s+viewed|you\s+(?:recently\s+)?(?:viewed|bought|purchased|ordered))\s*(?:(?:items?|products?)\s*)?$/,
      /\byou\s+(?:last\s+|recently\s+|already\s+)?(?:viewed|bought|purchased|ordered|added)\b/,
    ],
    zh: [/销售热线|售后|销售额/],
    fi: [/\b(?:valmistettu|tehty|suunniteltu)\s/],
  },
  explanation: {
    en: {
      name: 'Activity notification',
      what: 'The page reports what other shoppers are doing: someone just bought it, a number of people are viewing it or have it in their cart.',
      why: 'When we are unsure, we look at what others do and take it as evidence of what is right: a crowd seems to know something. These messages are hard to check, and Mathur et al. found sites that generated them at random or showed the same "recent purchase" again and again.',
      source:
        'Cialdini, Influence (1984), ch. 4 on social proof; Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Social Proof: activity notifications.',
      questions: [
        'Can I check that these people and purchases are real?',
        'Would I choose this if I had not seen what others are doing?',
        'Do the reviews, not just the numbers, tell me it suits me?',
      ],
    },
    zh: {
      name: '购买动态提示',
      what: '页面播报其他顾客的动态:某人刚刚下单、多少人正在看、月销多少件。',
      why: '拿不准的时候,我们会看别人怎么做,并把它当作“这样做是对的”的证据:人多似乎就说明好。这类信息很难核实,Mathur 等人发现有的网站会随机生成“刚刚购买”的消息,或者反复播放同一条。',
      source: '西奥迪尼《影响力》(1984)第四章:社会认同;Mathur 等(2019),“社会认同”类。',
      questions: [
        '我能核实这些人和这些订单是真的吗?',
        '如果没看到别人在买,我还会选它吗?',
        '评价的内容(而不只是数字)说明它适合我吗?',
      ],
    },
    fi: {
      name: 'Ilmoitus muiden ostoksista',
      what: 'Sivu kertoo, mitä muut ostajat tekevät: joku osti juuri, moni katselee tuotetta tai on lisännyt sen ostoskoriin.',
      why: 'Kun emme ole varmoja, katsomme mitä muut tekevät ja pidämme sitä todisteena oikeasta valinnasta: joukko tuntuu tietävän jotain. Näitä viestejä on vaikea tarkistaa, ja Mathur ym. löysivät sivuja, jotka arpoivat "juuri ostettu" -ilmoituksia tai toistivat samaa ilmoitusta.',
      source:
        'Cialdini, Influence (1984), luku 4: sosiaalinen todiste; Mathur ym., "Dark Patterns at Scale" (CSCW 2019).',
      questions: [
        'Voinko tarkistaa, että nämä ostajat ja ostot ovat todellisia?',
        'Valitsisinko tämän, jos en tietäisi mitä muut tekevät?',
        'Kertovatko arvostelujen sisällöt, eivät vain luvut, että tuote sopii minulle?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Someone in Denver just bought this.',
        '23 people are viewing this right now',
        '156 people have this in their cart',
        'Kamal in Lathrop, United States purchased a T-shirt 4 hours ago',
        '7 sold in the last 48 hours',
        'This is in 5 other carts.',
      ],
      clean: [
        '3 items added to your cart',
        'Made in Portland, United States',
        '12 people found this helpful',
        'Sold by Acme and shipped from Denver',
        'See all 48 reviews',
        'Not sold separately',
      ],
    },
    zh: {
      flagged: ['3分钟前有人购买了此商品', '月销10万+', '已有2300人付款', '来自杭州的用户刚刚下单了', '3分钟前购买了'],
      clean: ['销售热线:400-800-1234', '售后服务', '5人团购价'],
    },
    fi: {
      flagged: [
        'Yli 500 asiakasta osti tämän viime viikolla',
        'Joku Tampereelta osti juuri tämän',
        '12 henkilöä katsoo tätä tuotetta nyt',
      ],
      clean: ['Valmistettu Suomessa', 'Asiakaspalvelu vastaa arkisin', 'Lisää ostoskoriin'],
    },
  },
});
