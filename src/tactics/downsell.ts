import { defineTactic } from '../core/types';

// The downsell: after a "no" to the big offer, a smaller one ("Too pricey? Try the starter kit"). The smaller
// request was often the target all along (rejection-then-retreat; the seeds' flower-seller story).

export default defineTactic({
  id: 'downsell',
  family: 'concession',
  severity: 'medium',
  keywords: {
    en: ['?', 'instead'],
    zh: [
      '贵',
      '预算',
      '犹豫',
      '没想好',
      '用不了',
      '入门',
      '基础版',
      '简易版',
      '青春版',
      '精简版',
      '轻量版',
      '体验版',
      '小份',
      '单品',
      '买不起',
    ],
    fi: ['?', 'sen sijaan', 'aloituspaket', 'peruspaket', 'kevytversi', 'edullisempi vaihtoehto', 'pienempi paketti'],
  },
  cues: {
    en: [
      /\b(?:too (?:pricey|expensive|much|steep|big|rich)|over (?:your |the )?budget|out of (?:your |the )?budget|not ready|changed your mind|not (?:quite )?sure|not convinced|need something smaller|prefer something (?:smaller|cheaper|simpler)|looking for something (?:smaller|cheaper|simpler)|not for you|not this time)[^?\n.!]{0,30}\?[^\n]{0,80}?\b(?:try|how about|here'?s|start with|consider|switch to|go with|opt for|smaller|cheaper|lighter|lite|basic|starter|mini|monthly|single|instead|entry|essentials|lower price|for less)\b/,
      /\b(?:try|get|choose|how about|consider|start with|switch to|go with|opt for|pick) (?:the |our |a |an )?(?:\w+ )?(?:smaller|cheaper|lighter|lite|basic|starter|mini|monthly|entry[- ]level|essentials?|budget|trial) (?:\w+ )?(?:bundle|plan|kit|pack|package|version|option|size|edition|subscription|set|box|model|tier)\b(?:[^.!?\n]|\.\d){1,40}?\binstead\b/,
      /\b(?:smaller|cheaper|lighter|lite|basic|starter|mini|entry[- ]level) (?:bundle|plan|kit|pack|package|version|option|edition|tier)\b(?:[^.!?\n]|\.\d){1,30}?\b(?:instead|at a lower price|for less|for (?:just|only) [$€£]\d)/,
    ],
    zh: [
      /(?:嫌贵|太贵|价格(?:确实|有点|有些|稍微|略)?(?:有点|有些|偏|太)?高|预算(?:不够|有限|不足|紧张)|不想(?:买|要)(?:这么多|大份|整套)|用不了(?:这么多)?|还在犹豫|没想好|觉得贵|买不起|暂时不需要)[^。!\n]{0,30}?(?:推荐|试试|看看|考虑|选|换成?|入门|基础|小份|小包装|单品|简装|体验|只要|仅需|低至|便宜|更划算)/,
      /(?:入门版|入门款|入门装|基础版|基础款|简易版|青春版|体验版|体验装|小份装|精简版|轻量版|单品装|尝鲜版)[^,。!?\n]{0,6}?(?:只要|仅需|仅|低至|才)\s?¥?\s?\d/,
    ],
    fi: [
      /(?:liian (?:kallis|hintava|iso|suuri|paljon)|budjetti (?:tiukalla|ei riitä)|etkö (?:ole )?(?:vielä )?valmis|et ole vielä valmis|muutitko mielesi|mietityttääkö|epäröitkö|eikö (?:sopinut|kelpaa|tämä sopinut)|ei vielä|ei sittenkään)\w*\?[^\n]{0,80}?(?:kokeile|entä|valitse|aloita|tutustu|vaihda|ota|katso|pienempi|pienemp|edullisempi|edullisemp|kevyempi|kevyemp|aloitus|perus|kuukausi|vain|sen sijaan)/,
      /\b(?:aloituspaketti|aloituspaketin|peruspaketti|peruspaketin|kevytversio|kevytversion|pienempi paketti|pienemmän paketin|edullisempi vaihtoehto|edullisemman vaihtoehdon)\b(?:[^.!?\n]|\.\d){1,20}?(?:vain|ainoastaan|alkaen|sen sijaan|nyt) ?\d?/,
    ],
  },
  exceptions: {
    en: [
      /\bnot (?:quite )?sure (?:about |of |which |what |how )?(?:your |the |to )?(?:size|fit|colou?r|style|choose|pick)\b[^\n]{0,100}/,
    ],
  },
  explanation: {
    en: {
      name: 'Downsell after a no',
      what: 'After a larger offer is turned down, the page offers a smaller or cheaper one.',
      why: 'When a big request is refused and a smaller one follows, the second looks like a concession, and people feel they should meet it halfway. The contrast with the first price also makes the second look cheap. The smaller offer is often the one the seller wanted you to take all along.',
      source:
        'Cialdini et al. (1975), the door-in-the-face technique; Cialdini, Influence (1984), ch. 2 on reciprocal concessions and contrast.',
      questions: [
        'If this smaller offer had been the first thing I saw, would I want it?',
        'Did I say no to the product or only to the price?',
      ],
    },
    zh: {
      name: '被拒后的降级推荐',
      what: '在你拒绝了较大的方案后,页面改推更小或更便宜的方案。',
      why: '大要求被拒后紧跟一个小要求,小要求看起来像是对方的让步,人们便觉得自己也该退一步。和前一个价格一比,第二个价格也显得很便宜。而这个"小方案",往往正是商家一开始就想卖给你的。就像卖花的孩子先请你买一大束,被拒后再请你"只买一朵"。',
      source: 'Cialdini 等(1975)"拒绝—后撤"技巧;西奥迪尼《影响力》(1984)第二章:互惠式让步与对比原理。',
      questions: ['如果一开始看到的就是这个小方案,我会想要吗?', '我拒绝的是这个东西,还是只是那个价格?'],
    },
    fi: {
      name: 'Pienempi tarjous kieltäytymisen jälkeen',
      what: 'Kun olet hylännyt isomman tarjouksen, sivu tarjoaa pienempää tai halvempaa.',
      why: 'Kun suuri pyyntö torjutaan ja sen perään tulee pienempi, jälkimmäinen näyttää myönnytykseltä, ja tuntuu reilulta tulla vastaan. Ensimmäiseen hintaan verrattuna toinen näyttää myös edulliselta. Usein juuri pienempi tarjous oli se, jonka myyjä halusi sinun alun perin valitsevan.',
      source:
        'Cialdini ym. (1975), "door-in-the-face"; Cialdini, Influence (1984), luku 2: vastavuoroiset myönnytykset ja kontrasti.',
      questions: [
        'Haluaisinko tätä pienempää tarjousta, jos se olisi ollut ensimmäinen, jonka näin?',
        'Sanoinko ei tuotteelle vai vain hinnalle?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        "Too pricey? Here's a smaller bundle at a lower price.",
        'Not ready? Try the monthly plan.',
        'Changed your mind? Try the starter kit for only $9 instead.',
        'Not ready to commit? Start with our basic plan.',
        'Over budget? The lite version is just $19.',
        'Get the mini set instead, for $12.',
        'Not ready for the full course? Try a single lesson for $9.',
      ],
      clean: [
        'Not sure which size? See our size guide.',
        'Not sure about your size? Try our fit finder.',
        'Questions? Call our toll-free line.',
        'Use a damp cloth instead of detergent.',
        'Ready to order?',
      ],
    },
    zh: {
      flagged: [
        '这个价格确实有点高,那给您推荐这款入门版只要99元',
        '嫌贵?试试小份装',
        '预算有限?看看基础版',
        '入门款仅需59元',
        '还在犹豫?先买体验装试试',
      ],
      clean: ['入门指南', '价格说明', '免费咨询', '基础款白T恤,纯棉'],
    },
    fi: {
      flagged: [
        'Liian kallis? Kokeile pienempää pakettia.',
        'Etkö ole vielä valmis? Aloita kuukausitilauksella.',
        'Muutitko mielesi? Kokeile aloituspakettia vain 9 eurolla.',
        'Aloituspaketti nyt vain 19 €',
      ],
      clean: ['Onko sinulla kysyttävää?', 'Gluteeniton', 'Peruspaketin sisältö: runko ja kansi'],
    },
  },
});
