import { defineTactic } from '../core/types';

// A reward held back behind a small first step: a quiz, a spin of a wheel, an e-mail address. The step
// is the foot in the door (commitment and consistency, Freedman & Fraser 1966).

export default defineTactic({
  id: 'gated-discount',
  family: 'commitment',
  severity: 'low',
  keywords: {
    en: [
      'question',
      'quiz',
      'spin',
      'wheel',
      'scratch',
      'unlock',
      'reveal',
      'your email',
      'your e-mail',
      'your phone',
      'your number',
      'play to win',
    ],
    zh: ['转盘', '抽奖', '刮', '答题', '回答', '问题', '问卷', '测试', '解锁', '留下', '输入', '填写'],
    fi: ['vastaa', 'kysymy', 'pyöräytä', 'onnenpyör', 'arpa', 'raaputa', 'sähköposti', 'avaa', 'kysely', 'testi'],
  },
  cues: {
    en: [
      /\banswer\s+(?:\w+\s+){0,3}?questions?\b[^.!?\n]{1,40}?\b(?:to|and)\s+(?:claim|get|unlock|reveal|receive|see|save|win)\b/,
      /\b(?:take|complete|finish)\s+(?:the|our|a|this)\s+(?:\w+\s+)?(?:quiz|survey|questionnaire)\b[^.!?\n]{1,40}?\b(?:to|and)\s+(?:claim|get|unlock|reveal|receive|save|win)\b/,
      /\bspin\s+(?:to\s+win|the\s+wheel|and\s+win|for\s+a\s+(?:chance|discount|prize))\b/,
      /\b(?:wheel\s+of\s+fortune|prize\s+wheel|lucky\s+wheel|spin[\s-]to[\s-]win)\b/,
      /\bscratch\s+(?:to\s+(?:win|reveal)|and\s+win|card\s+to\s+reveal)\b/,
      /\bplay\s+(?:to\s+win|(?:our|the)\s+game\s+to)\b/,
      /\b(?:enter|give|drop|share|leave|add|type)\s+(?:us\s+)?your\s+(?:email|e-mail|phone|mobile|number)(?:\s+(?:address|number))?\s+(?:to|and|for)\s+(?:unlock|get|receive|claim|reveal|save|win|see)\b/,
      /\b(?:sign\s+up|subscribe|join|register)\s+(?:now\s+)?to\s+(?:unlock|reveal|claim)\b/,
      /\bunlock\s+(?:your|a|an|our|\d+%|exclusive|secret|special)\s+(?:\w+\s+){0,2}?(?:discount|offer|reward|coupon|code|deal|price|off|gift)\b/,
      /\breveal\s+(?:your|a|the)\s+(?:\w+\s+)?(?:discount|offer|code|coupon|prize|reward)\b/,
    ],
    zh: [
      /大?转盘(?:抽奖)?|幸运大?转盘|刮刮(?:乐|卡)/,
      /(?:答|回答)对?\s*(?:\d+\s*)?(?:道|个)?(?:问题|题)[^,。!?\n]{0,8}?(?:[领得赢]|解锁|获得)/,
      /(?:完成|填写)(?:问卷|测试|调查)[^,。!?\n]{0,8}?(?:[领得赢]|解锁|获得)/,
      /(?:留下|输入|填写)(?:您的)?(?:手机号|邮箱|电话)[^,。!?\n]{0,8}?(?:领|得|解锁|获得)/,
      /解锁(?:专属|隐藏|神秘)?(?:优惠|折扣|福利|价格|红包)/,
      /(?:参与|立即)?抽奖[赢领得]/,
    ],
    fi: [
      /\bvastaa\s+(?:\S+\s+){0,3}?kysymyk\S*\s+(?:ja|niin)\s+(?:saat|voitat|avaat|näet)/,
      /\b(?:täytä|tee)\s+(?:\S+\s+)?(?:kysely|testi|visa)\S*\s+(?:ja|niin)\s+(?:saat|voitat|avaat)/,
      /\bpyöräytä|\bonnenpyör\S*/,
      /\braaputa\s+(?:ja\s+)?(?:voita|paljasta)/,
      /\b(?:anna|jätä|syötä)\s+sähköposti\S*\s+(?:ja|niin)\s+(?:saat|avaat|näet)/,
      /\bavaa\s+(?:\S+\s+)?(?:alennu|etu|tarjou|koodi)\S*/,
    ],
  },
  exceptions: {
    en: [/\bunlocked\s+(?:phone|device|smartphone)\b/],
    zh: [/抽奖规则说明/],
    fi: [/\bavaa\s+(?:linkki|sivu|ovi)/],
  },
  explanation: {
    en: {
      name: 'A discount behind a first step',
      what: 'The page holds back a discount until you take a small step: answer a few questions, spin a wheel, or give your e-mail address.',
      why: 'Once we have taken a small step we tend to act in line with it, so the next, larger step (buying) feels like the natural continuation. In a classic study people who first agreed to a small request were far more likely to agree to a large one later. The step also gives the shop your contact details.',
      source:
        'Freedman & Fraser, "Compliance without pressure: the foot-in-the-door technique" (1966); Cialdini, Influence (1984), ch. 3 on commitment and consistency.',
      questions: [
        'Would I buy this without the discount I am working for?',
        'What am I giving in return (my e-mail, my phone number)?',
      ],
    },
    zh: {
      name: '先完成小任务才给优惠',
      what: '页面要你先做一件小事才给优惠:回答几个问题、转一次转盘,或者留下邮箱、手机号。',
      why: '迈出一小步之后,我们倾向于让后面的行为与它保持一致,于是更大的一步(下单)就显得顺理成章。经典实验中,先答应了小请求的人,之后答应大请求的比例高得多。这一步还顺便把你的联系方式交给了商家。',
      source: 'Freedman 与 Fraser(1966)“登门槛”实验;西奥迪尼《影响力》(1984)第三章:承诺与一致。',
      questions: ['如果没有这份要“争取”的优惠,我还会买吗?', '我为此付出了什么(邮箱、手机号)?'],
    },
    fi: {
      name: 'Alennus pienen tehtävän takana',
      what: 'Sivu lupaa alennuksen vasta, kun teet pienen tehtävän: vastaat kysymyksiin, pyöräytät onnenpyörää tai annat sähköpostiosoitteesi.',
      why: 'Kun olemme ottaneet pienen askeleen, toimimme mielellämme johdonmukaisesti sen kanssa, ja seuraava, isompi askel (ostaminen) tuntuu luontevalta jatkolta. Klassisessa kokeessa pieneen pyyntöön suostuneet suostuivat myöhemmin paljon useammin isoon pyyntöön. Samalla kauppa saa yhteystietosi.',
      source:
        'Freedman & Fraser, "Compliance without pressure: the foot-in-the-door technique" (1966); Cialdini, Influence (1984), luku 3.',
      questions: [
        'Ostaisinko tämän ilman alennusta, jonka eteen nyt teen töitä?',
        'Mitä annan vastineeksi (sähköpostini, puhelinnumeroni)?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Answer three quick questions to claim your discount.',
        'Spin to win up to 50% off!',
        'Enter your email to unlock 15% off your first order',
        'Take our 1-minute quiz to reveal your personal offer',
      ],
      clean: [
        'Subscribe to our newsletter',
        'Enter your email address',
        'Unlocked phone, works with any carrier',
        'Questions? Call our toll-free line.',
      ],
    },
    zh: {
      flagged: ['幸运大转盘,100%中奖', '回答3个问题即可领取优惠券', '留下手机号领取专属折扣'],
      clean: ['常见问题', '请输入收货地址'],
    },
    fi: {
      flagged: [
        'Vastaa kolmeen kysymykseen ja saat 10 % alennuksen',
        'Pyöräytä onnenpyörää!',
        'Anna sähköpostiosoitteesi ja saat koodin',
      ],
      clean: ['Tilaa uutiskirjeemme', 'Usein kysytyt kysymykset'],
    },
  },
});
