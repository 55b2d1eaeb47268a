import { defineTactic } from '../core/types';

// Reward points, bonus points and cash back: a small return handed over with each purchase, framed as a gift
// from the shop, which also ties the next purchase to the same shop.

export default defineTactic({
  id: 'bonus-points',
  family: 'reciprocity',
  severity: 'low',
  keywords: {
    en: [
      'point',
      'cash back',
      'cashback',
      'reward',
      'gift card',
      'credit',
      'bonus',
      'stars',
      'miles',
      '% back',
      ' back in',
    ],
    zh: ['积分', '返', '京豆', '淘金币', '金币'],
    fi: ['bonu', 'piste', 'plussa', 'etupist', 'hyvity'],
  },
  cues: {
    en: [
      /\b(?:earn|collect|get|receive|bank|score|rack up)s? (?:up to )?(?:\d[\d,]*|double|triple|quadruple|\d+x|\d+ times|bonus|extra|\w+ bonus|\w+ reward) (?:\w+ )?(?:points?|rewards?|stars|miles)\b/,
      /\bbonus points?\b/,
      /\b(?:double|triple|quadruple|\d+x|\d+ ?×) (?:\w+ )?(?:points?|rewards?|stars|miles)\b/,
      /(?:\b\d+ ?%|[$€£]\d+(?:[.,]\d+)?) (?:back|cash ?back)\b(?! guarantee)/,
      /\bfree (?:[$€£]\d+ )?(?:\w+ )?gift ?cards? (?:with|when|for|on)\b/,
      /\bcash ?back\b(?:[^.!?\n]|\.\d){0,30}?(?:\d+ ?%|[$€£]\d)/,
      /\b(?:earn|get|receive)s? (?:a |an )?[$€£]\d+(?:[.,]\d+)? (?:\w+ )?(?:gift ?card|credit|store credit|reward)\b(?:[^.!?\n]|\.\d){1,40}?\b(?:upon|with|when|after|for|on)\b/,
      /\b[$€£]\d+(?:[.,]\d+)? in (?:rewards?|store credit|bonus cash|points)\b/,
    ],
    zh: [
      /(?:[送返得赚]|赠送?|获得?|额外|奖励|可得|多得|加送|立得|再得)\s?[\d,]*\s?倍?积分/,
      /(?:双倍|多倍|(?<![二三四五六七八九十\d])[二三四五六七八九十\d]+倍|翻倍)积分/,
      /积分(?:翻倍|加倍|[x×*]\s?\d|\d+倍|狂欢|膨胀)/,
      /(?:购物|下单|消费|好评|晒单|签收)?返(?:[现券利]|红包)\s?¥?\d*/,
      /[送返得赚领]\s?\d*\s?(?:京豆|淘金币|金币)/,
      /返\s?¥?\d+(?:\.\d+)?\s?元?(?:现金|红包|券|优惠券|积分)/,
    ],
    fi: [
      /\bbonuspist\w*/,
      /\b(?:tupla|triplat?|kolminkertai\w*|\d+[x×]|\d+-kertai\w*) ?(?:bonu\w*|piste\w*|plussa\w*|etupiste\w*)/,
      /\b(?:kerää|kerrytä|kerryttää|kertyy|ansaitse|ansaitset|saat)\b(?:[^.!?\n]|\.\d){1,20}?\b(?:\d+ )?(?:bonu\w*|(?:etu|plussa|kanta-asiakas)?piste(?:et|ttä|itä|ttäsi|en|illä)(?![a-zåäö])|plussa\w*|etupiste\w*|hyvity\w*)/,
      /\bbonusta\b/,
      /\b(?:etu|plussa|kanta-asiakas|s-etu)-?piste\w*/,
    ],
  },
  exceptions: {
    en: [
      /\b(?:points? of (?:contact|sale|interest|view)|\d+-point (?:massage|inspection|check))\b/,
      /\bmoney[- ]back guarantee\b/,
    ],
    zh: [/积分规则|积分说明|积分商城|积分查询/],
    fi: [/\bpistorasi\w*/, /\bpistoke\w*/],
  },
  explanation: {
    en: {
      name: 'Bonus points and cash back',
      what: 'The page offers reward points, bonus points or money back with the purchase.',
      why: 'Points feel like a little gift from the shop with every purchase, and a gift invites loyalty in return. They are also worth less than they look: they can only be spent at the same shop, often expire, and turn a one-off purchase into a reason to come back.',
      source:
        'Cialdini, Influence (1984), ch. 2 on reciprocation; Kivetz, Urminsky & Zheng (2006) on reward programmes and the goal-gradient effect.',
      questions: [
        'What are the points worth in money, and when do they expire?',
        'Would I buy here, at this price, without the points?',
      ],
    },
    zh: {
      name: '送积分、返现',
      what: '页面承诺购物送积分、多倍积分或返现。',
      why: '积分让人觉得每次购物都收到了商家的一点小心意,而人情往往换来"回头客"。积分的实际价值通常比看起来小:只能在同一家店用,常常会过期,却让你下次更倾向于回来买。',
      source: '西奥迪尼《影响力》(1984)第二章;Kivetz、Urminsky 与 Zheng(2006)关于积分计划与目标梯度的研究。',
      questions: ['这些积分折合多少钱?什么时候过期?', '如果没有积分,我还会在这里以这个价格买吗?'],
    },
    fi: {
      name: 'Bonuspisteet ja hyvitykset',
      what: 'Sivu lupaa ostoksesta bonuspisteitä, tuplapisteitä tai rahaa takaisin.',
      why: 'Pisteet tuntuvat pieneltä lahjalta jokaisen ostoksen yhteydessä, ja lahja houkuttelee vastaamaan uskollisuudella. Niiden arvo on usein pienempi kuin miltä näyttää: ne käyvät vain samassa kaupassa, voivat vanhentua ja tekevät kertaostoksesta syyn palata.',
      source:
        'Cialdini, Influence (1984), luku 2; Kivetz, Urminsky & Zheng (2006) kanta-asiakasohjelmista ja tavoitegradientista.',
      questions: [
        'Paljonko pisteet ovat rahassa, ja milloin ne vanhenevat?',
        'Ostaisinko täältä tähän hintaan ilman pisteitä?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Earn triple reward points on this item.',
        'Members earn 2x points this weekend',
        'Get 5% back in rewards with the store card',
        'Earn 450 points with this purchase',
        'Get a $100 gift card upon approval for the store credit card',
        'Double points on all skincare',
        '10% cash back on your first order',
        'Collect bonus stars when you order ahead',
      ],
      clean: [
        'Give the gift of music with a digital gift card.',
        '30-day money-back guarantee',
        'Three points of contact for stability',
        'Point of sale display',
        'Rewards program terms',
      ],
    },
    zh: {
      flagged: [
        '下单送200积分',
        '下单返5元红包',
        '会员双倍积分',
        '积分翻倍',
        '购物返现10元',
        '好评返现',
        '送50京豆',
        '消费得积分,积分可抵现',
      ],
      clean: ['积分规则说明', '适合送礼', '免费咨询', '无糖'],
    },
    fi: {
      flagged: [
        'Bonusta jopa 5 %',
        'Tuplabonus tänään',
        'Kerää 500 bonuspistettä',
        'Saat tuplapisteet kaikista ostoksista',
        'Kanta-asiakkaana kerrytät etupisteitä',
        'Plussa-pisteitä 3-kertaisesti',
        'S-Etukortilla bonusta',
      ],
      clean: ['Pistorasia 2-osainen', 'Gluteeniton', 'Lahjakortti'],
    },
  },
});
