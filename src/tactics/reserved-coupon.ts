import { defineTactic } from '../core/types';

// A coupon presented as hard to get: "reserved for you", "exclusive", "limited", "we fought for it". The seeds
// describe shops making coupons look scarce and hard-won so that using one feels like accepting a favour.

export default defineTactic({
  id: 'reserved-coupon',
  family: 'reciprocity',
  severity: 'medium',
  keywords: {
    en: ['coupon', 'code', 'voucher'],
    zh: ['券', '红包', '优惠码', '福利'],
    fi: ['kood', 'kupon', 'kupong', 'seteli', 'etu'],
  },
  cues: {
    en: [
      /\b(?:coupons?|(?:promo |discount |offer |secret |vip )?codes?|vouchers?)\b(?:[^.!?\n]|\.\d){1,40}?\b(?:set aside|reserved|saved|held|picked|chosen|hand-?picked|created|made|negotiated|secured|unlocked) (?:\w+ )?(?:just |only |especially |specially |exclusively )?for (?:you|our (?:fans|followers|members|subscribers|readers|viewers|community|vips?))\b/,
      /\b(?:exclusive|special|personal|personali[sz]ed|private|vip|secret|hidden|insider|(?:vip|members?|subscribers?|app|email|insiders?)[- ]only) (?:\w+ )?(?:coupons?|codes?|vouchers?)\b/,
      /\b(?:coupons?|codes?|vouchers?)\b(?:[^.!?\n]|\.\d){1,30}?\b(?:just|only|especially|exclusively|specially) for (?:you|our (?:fans|followers|members|subscribers|readers|viewers))\b/,
      /\b(?:saved|reserved|set aside|held|picked|unlocked|got|have) (?:this|a|an|your|one) (?:special |exclusive |little )?(?:coupon|code|voucher)s? (?:just |especially |only |specially )?for you\b/,
      /\blimited (?:number of |quantity of |supply of )?(?:coupons?|codes?|vouchers?)\b/,
      /\b(?:coupons?|codes?|vouchers?) (?:are |is )?(?:limited|in short supply|going fast|almost gone)\b/,
      /\bonly \d+ (?:coupons?|codes?|vouchers?)\b/,
      /\b(?:fought|negotiated|begged|battled|pushed) (?:hard )?for (?:this|these|a|an) (?:\w+ )?(?:coupons?|codes?|vouchers?)\b/,
    ],
    zh: [
      /(?:专属|专享|独家|内部|隐藏|限量|特供|定向|粉丝|会员专享|新人专享|直播间专享?)的?(?:\d+元)?(?:大额|福利|无门槛|满减)?(?:优惠券|优惠码|折扣券|立减券|满减券|无门槛券|红包|券)/,
      /(?:优惠券|券|红包|优惠码)[^,。!?\n]{0,10}?(?:数量有限|限量|有限|仅限|仅剩|专门|争取|申请来|只有\d+张|先到先得)/,
      /(?:为|给)(?:粉丝|大家|您|你|各位|宝宝们?|家人们?|老铁们?|姐妹们?)[^,。!?\n]{0,6}?(?:争取|申请|[谈要抢])[到来了]?的?[^,。!?\n]{0,4}?(?:券|红包|优惠码)/,
    ],
    fi: [
      /(?:alennus|kampanja|etu|tarjous)?(?:koodi|kuponki|kupongi|seteli)\w*(?:[^.!?\n]|\.\d){1,40}?\b(?:varat\w* (?:vain |juuri |erityisesti )?(?:sinulle|teille|jäsenille|asiakkaillemme|tilaajillemme|seuraajillemme)|vain sinulle|juuri sinulle|sinua varten|vain teille)/,
      /\b(?:sinulle|teille|jäsenille|tilaajille|seuraajille) (?:on )?varat\w*(?:[^.!?\n]|\.\d){0,25}?(?:koodi|kuponki|kupongi|etu|alennu|seteli)/,
      /\b(?:eksklusiivi\w*|henkilökohtai\w*|salai\w*|yksinoikeu\w*|jäsen|vip|oma) ?-?(?:alennus|kampanja|etu)?(?:koodi|kuponki|kupongi|seteli)\w*/,
      /\brajoitet\w* (?:määrä )?(?:koodeja|kuponkeja|etuseteleitä|alennuskoodeja)/,
      /\b(?:koodeja|kuponkeja|alennuskoodeja) (?:on )?(?:rajoitetusti|vain \d+)/,
    ],
  },
  exceptions: {
    // A coupon offered as the visitor leaves is a concession (exit-offer), not a reserved gift.
    en: [
      /\b(?:before you (?:go|leave)|wait|don'?t (?:go|leave)|leaving so soon|not so fast)\b[^\n]{1,60}?(?:coupon|code|voucher)s?\b/,
    ],
    zh: [/(?:先别走|别走|留步|等一下|离开前|走之前)[^\n]{0,30}?(?:券|红包|优惠码)/],
    fi: [/(?:älä (?:vielä )?lähde|ennen kuin lähdet|odota)[^\n]{0,60}?(?:koodi|kuponki|kupongi|seteli)/],
  },
  explanation: {
    en: {
      name: 'Coupon presented as reserved or hard to get',
      what: 'The page presents a coupon or code as exclusive, limited or specially set aside for you.',
      why: 'A discount that looks ordinary is just a price; one that looks reserved for you feels like a personal favour, and favours invite a return. Making coupons look scarce and hard-won also adds the pull of scarcity, so more people use them, and buy.',
      source: 'Cialdini, Influence (1984), ch. 2 (reciprocation) and ch. 7 (scarcity).',
      questions: [
        'Is this "exclusive" code the same one everyone sees?',
        'Would I buy this at the discounted price if it were the normal price?',
      ],
    },
    zh: {
      name: '"专属""限量"优惠券',
      what: '页面把优惠券说成专属、限量或专门为你争取来的。',
      why: '普通的折扣只是一个价格;"专门为你留的"券却像一份人情,人情总想着还。把券做得稀少、难抢,再叠加稀缺效应,领券和下单的人反而更多。',
      source: '西奥迪尼《影响力》(1984)第二章(互惠)与第七章(稀缺)。',
      questions: ['这张"专属券"是不是每个人都能看到?', '如果打折后的价格就是原价,我还会买吗?'],
    },
    fi: {
      name: 'Sinulle varattu alennuskoodi',
      what: 'Sivu esittää alennuskoodin tai kupongin yksinoikeutena, rajattuna tai juuri sinulle varattuna.',
      why: 'Tavallinen alennus on vain hinta, mutta juuri sinulle varattu koodi tuntuu henkilökohtaiselta palvelukselta, ja palvelukseen tekee mieli vastata. Kun koodit näyttävät vielä harvinaisilta ja vaikeasti saatavilta, niukkuuden veto lisää sekä käyttöä että ostoja.',
      source: 'Cialdini, Influence (1984), luku 2 (vastavuoroisuus) ja luku 7 (niukkuus).',
      questions: [
        'Näkeekö jokainen kävijä saman "henkilökohtaisen" koodin?',
        'Ostaisinko tämän alennettuun hintaan, jos se olisi normaalihinta?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'This coupon was set aside especially for you.',
        'Your exclusive code: SAVE15',
        'Limited coupons available, first come first served',
        'A special voucher reserved for our subscribers',
        'VIP-only coupon inside',
        'Only 200 codes left!',
        'We negotiated hard for this coupon.',
      ],
      clean: [
        'Apply coupon at checkout',
        'Have a promo code?',
        'Coupons cannot be combined with other offers',
        'Enter your discount code',
        'Before you go: here is a code for 10% off',
      ],
    },
    zh: {
      flagged: [
        '优惠券数量有限,是我们为粉丝专门争取的',
        '专属优惠券已发放到您的账户',
        '粉丝专享券',
        '限量无门槛券,先到先得',
        '为家人们申请到的大额券',
        '直播间专享红包',
        '专属福利券已到账',
      ],
      clean: ['先别走,这里有一张专属立减券', '优惠券使用规则', '领券中心', '免费咨询'],
    },
    fi: {
      flagged: [
        'Sinulle varattu alennuskoodi: KEVÄT20',
        'Eksklusiivinen koodi vain jäsenille',
        'Henkilökohtainen etukoodisi',
        'Koodi on varattu vain sinulle',
        'Rajoitettu määrä kuponkeja',
      ],
      clean: ['Syötä alennuskoodi', 'Älä vielä lähde! Tässä koodi 10 % alennukseen', 'Lahjakortti'],
    },
  },
});
