import { defineTactic } from '../core/types';

// "The manager approved a special price" / 老板特批: the concession is staged as coming from higher up, which makes
// it look costly and rare, so it seems to deserve a purchase in return.

export default defineTactic({
  id: 'manager-approved',
  family: 'concession',
  severity: 'medium',
  keywords: {
    en: [
      'manager',
      'supervisor',
      'boss',
      'owner',
      'head office',
      'ceo',
      'founder',
      'director',
      'one-time exception',
      'one time exception',
    ],
    zh: ['特批', '申请', '老板', '店长', '经理', '领导', '主管', '总监', '厂长', '掌柜'],
    fi: ['esimie', 'esihenkilö', 'pomo', 'johtaja', 'päällik', 'kauppias', 'omistaja', 'erikoislupa', 'erikoisluva'],
  },
  cues: {
    en: [
      /\b(?:store |sales |general |floor |shop )?(?:manager|supervisor|boss|owner|director|head office|ceo|founder)s?(?:'s)?\b(?:[^.!?\n]|\.\d){1,30}?\b(?:approved|agreed|signed off|authori[sz]ed|okayed|ok'?d|said yes|allowed|made an exception|gave (?:us|me) the green light|let us|lets us|let me|said (?:i|we) (?:can|could)|says (?:i|we) (?:can|could))\b/,
      /\b(?:approved|authori[sz]ed|signed off|okayed) by (?:the |our |my )?(?:store |sales |general )?(?:manager|supervisor|boss|owner|director|head office)\b/,
      /\b(?:checked|spoke|talked|pleaded|negotiated) with (?:my|the|our) (?:store |sales )?(?:manager|supervisor|boss)\b/,
      /\bone[- ]time (?:exception|courtesy discount|special approval)\b/,
      /\bmanager'?s? (?:approval|override|special price|discretion)\b/,
    ],
    zh: [
      /(?:老板|店长|经理|领导|主管|总监|厂长|掌柜|上级|总部)[^,。!?\n]{0,8}?(?:特批|批准|同意|点头|松口|拍板|签字|开恩|破例|特许|亲批)/,
      /特批(?:[价的了\d]|优惠|名额|折扣)/,
      /[给为帮](?:您|你)(?:特意|特地|专门)?去?申请[了到的]?(?:个|一个)?(?:特价|优惠价?|折扣|内部价|员工价|底价)/,
      /[向跟找和](?:老板|店长|经理|领导|主管)[^,。!?\n]{0,6}?(?:申请|请示|求)/,
    ],
    fi: [
      /(?:esimie\w*|esihenkilö\w*|pomo\w*|johtaja\w*|päällik\w*|kauppias\w*|omistaja\w*)(?:[^.!?\n]|\.\d){0,30}?(?:hyväksy\w*|suostu\w*|antoi luvan|myöntyi|myönsi|taipui|joustaa|joustanut|joustoi)/,
      /\berikoislu(?:pa|van|valla)\b/,
      /\b(?:kysyin|kysyimme|neuvottelin|pyysin) (?:\w+ )?(?:esimie\w*|esihenkilö\w*|pomo\w*|johtaja\w*)/,
    ],
  },
  exceptions: {
    en: [/\b(?:account|project|password|file|download|task|package) manager\b/],
  },
  explanation: {
    en: {
      name: 'Special approval from the manager',
      what: 'The page says a manager or owner approved a special price or an exception for you.',
      why: 'A price that needed approval from above looks like a real sacrifice, and a bigger concession feels like it deserves a bigger return. The extra step also adds a little drama and rarity. Whether anyone was asked is impossible to check; the approval is a familiar sales script.',
      source:
        'Cialdini, Influence (1984), ch. 2 on reciprocal concessions; Cialdini et al. (1975), the door-in-the-face technique.',
      questions: [
        'Would this price be offered to anyone who asked, approval or not?',
        'Is the price good compared with other shops?',
      ],
    },
    zh: {
      name: '"老板特批"的价格',
      what: '页面说老板、店长或经理特批了一个优惠价或例外。',
      why: '需要"上面批准"的价格,看上去像商家做出了真正的牺牲;让步越大,人越觉得该回报。多了一道"请示"的程序,也增添了几分稀罕和戏剧感。到底有没有人去请示,买家无从核实,这本身就是常见的销售话术。',
      source: '西奥迪尼《影响力》(1984)第二章:互惠式让步;Cialdini 等(1975)"拒绝—后撤"技巧。',
      questions: ['换一个顾客来问,是不是也能拿到这个"特批价"?', '和别家比,这个价格真的便宜吗?'],
    },
    fi: {
      name: 'Esimiehen hyväksymä erikoishinta',
      what: 'Sivu kertoo, että esimies tai omistaja on hyväksynyt sinulle erikoishinnan tai poikkeuksen.',
      why: 'Ylempää hyväksytty hinta näyttää todelliselta uhraukselta, ja suurempi myönnytys tuntuu ansaitsevan suuremman vastapalveluksen. Ylimääräinen hyväksyntäkierros lisää myös tunnetta harvinaisuudesta. Sitä, kysyttiinkö ketään oikeasti, ei voi tarkistaa; kyse on tutusta myyntikäsikirjoituksesta.',
      source: 'Cialdini, Influence (1984), luku 2; Cialdini ym. (1975), "door-in-the-face".',
      questions: [
        'Saisiko kuka tahansa kysyjä saman hinnan, hyväksynnällä tai ilman?',
        'Onko hinta hyvä muihin kauppoihin verrattuna?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'The manager approved a special price for you.',
        'Good news: my supervisor agreed to take another 10% off.',
        'Approved by the store manager: $50 off today',
        'I checked with my manager and we can do $899.',
        'A one-time exception, just this once.',
      ],
      clean: [
        'Contact our customer service manager',
        'Download manager for Windows',
        'Meet the owner of our bakery',
        'Password manager included',
      ],
    },
    zh: {
      flagged: [
        '亲,这是店长特意为您申请的优惠价',
        '老板特批,仅限今天',
        '店长特批价299元',
        '经理同意再让50元',
        '我去找老板申请了一下,可以给您优惠',
      ],
      clean: ['店长推荐', '老板娘亲自打包', '免费咨询'],
    },
    fi: {
      flagged: [
        'Esimies hyväksyi erikoishinnan',
        'Kauppias suostui laskemaan hintaa',
        'Kysyin esimieheltä, ja saat 10 % lisää',
        'Erikoisluvalla vielä halvemmalla',
      ],
      clean: ['Kaupan omistaja esittäytyy', 'Gluteeniton', 'Johtajan tervehdys'],
    },
  },
});
