import { defineTactic } from '../core/types';

// The offer that appears as the visitor leaves: "Wait! Before you go, 20% off". Leaving is the refusal; the
// discount is the retreat that asks for a concession in return (rejection-then-retreat, Cialdini et al. 1975).
// An offer that appeared right after the pointer left the window or a first offer was dismissed is reported by
// src/page (layout.appearedOnExit, see createExitTracker in src/page/layout-facts.ts) and flagged whatever its
// words.

/** Words of an offer in en, zh, fi: a percentage, money off, a code or coupon, a discount. */
const OFFER_WORDS =
  /\d\s?%|% ?off|\boff\b|\bsave\b|\bdiscount|\bcoupon|\bcode\b|\bdeal\b|\bfree\b|alennu|\bale\b|koodi|etu|kuponki|ilmai|优惠|[折减券]|立省|免费|包邮|[$€£¥]\s?\d/;

export default defineTactic({
  id: 'exit-offer',
  family: 'concession',
  severity: 'medium',
  keywords: {
    en: [
      'before you',
      'wait',
      'hold on',
      'hang on',
      "don't go",
      'dont go',
      'do not go',
      "don't leave",
      'dont leave',
      'leaving',
      'so fast',
      'see you go',
      'still thinking',
      'on the fence',
      'one more thing',
      'one last thing',
    ],
    zh: [
      '别走',
      '急着',
      '再走',
      '要走',
      '留步',
      '等一下',
      '等一等',
      '稍等',
      '离开',
      '走之前',
      '临走',
      '再逛逛',
      '再看看',
      '再考虑',
      '狠心',
      '舍得走',
      '等等',
    ],
    fi: ['lähde', 'lähdet', 'lähdössä', 'odota', 'hetkinen', 'hetki', 'ethän'],
  },
  cues: {
    en: [
      /\bbefore you (?:go|leave|head off|head out|close this)\b[^\n]{0,60}?(?:\d+ ?%|[$€£]\d|\boff\b|discount|coupon|\bcode\b|voucher|\bdeal|\boffer|\bgift|\bfree\b|\bsav(?:e|ings)\b|\btreat\b|surprise|special)/,
      /^\W{0,3}before you (?:go|leave)\W{0,5}$/,
      /\b(?:wait|hold on|hang on|not so fast|psst|one (?:more|last) thing) ?[!.,:\-…]{1,3} ?(?:before|don'?t|do not|here'?s|we have|we'?ve got|take|get|grab|enjoy|claim|your|you|how about|\d+ ?%|[$€£]\d)/,
      /\b(?:don'?t|do not|please don'?t) (?:go|leave)(?: yet| just yet| so soon| empty[- ]handed)? ?[!.,?…]/,
      /\bleaving (?:so soon|already|us|without)\b/,
      /\b(?:hate|sad|sorry) to see you (?:go|leave)\b/,
      /\b(?:still (?:thinking|deciding|on the fence|undecided)(?: it over| about it)?|on the fence) ?\?/,
    ],
    zh: [
      /(?:先别走|别走|先别急着走|别急着走|请留步|留步|(?:真的|确定)要(?:走|离开)|要走了吗|狠心离开|舍得离开|忍心离开|先别离开|别离开)/,
      /(?:等一下|等一等|稍等一下|等等|且慢)\s?[!,~…。]/,
      /(?:离开|走)之?前[^,。!?\n]{0,10}?(?:[领送券折减]|优惠|红包|福利|惊喜)/,
      /临走前/,
      /(?:再逛逛|再看看|再考虑一下|不再看看)[^。\n]{0,12}?(?:[送领券折减]|优惠|红包)/,
      /别急着(?:关掉|关闭|退出)|领(?:张|个|一张|一个)?(?:券|红包|优惠)再走/,
    ],
    fi: [
      /(?<![a-zåäö])(?:älä|ethän) (?:vielä |nyt )?lähde/,
      /\bennen kuin lähdet(?= ?[!,.:\-…]| ?$)/,
      /\blähdössä(?: jo| jo nyt| näin pian| jo pois)?\?/,
      /\b(?:odota|odotahan|hetkinen|odota hetki)(?: vielä)? ?[!.,…]/,
    ],
  },
  exceptions: {
    en: [/\bbefore you (?:go|leave)\b[^.!?\n]{1,6}?\b(?:hiking|camping|out|abroad|travel\w*|to the)\b/],
    zh: [/离开前请|离店前|离开时请/, /别走开,?(?:精彩|广告|马上回来)/],
  },
  // Whatever appears as the pointer leaves is not an offer: it counts when it speaks of a price or a deal.
  fromLayout: (layout, folded) => layout.appearedOnExit === true && OFFER_WORDS.test(folded),
  explanation: {
    en: {
      name: 'Exit offer',
      what: 'The page makes a new offer as you are about to leave.',
      why: 'Leaving is a "no", and a discount that follows a "no" looks like the shop giving ground. People tend to answer a concession with one of their own, so the smaller, discounted request gets a "yes" that the first one did not. The offer was usually prepared in advance for everyone who leaves.',
      source:
        'Cialdini et al. (1975), "Reciprocal concessions procedure for inducing compliance: the door-in-the-face technique"; Cialdini, Influence (1984), ch. 2.',
      questions: [
        'Why was I leaving, and has that reason changed?',
        'Is this discount worth it on its own, or does it only feel like a favour?',
        'Will the same offer come back if I leave now?',
      ],
    },
    zh: {
      name: '挽留优惠',
      what: '在你准备离开时,页面弹出新的优惠。',
      why: '离开本身就是一次"拒绝",紧接着出现的优惠看上去像是商家做出了让步。人们习惯用让步回应让步,于是第二个、更小的请求更容易得到"好"。其实这类挽留优惠通常是提前为每个要离开的人准备好的。',
      source: 'Cialdini 等(1975)关于"拒绝—后撤"(留面子)技巧的实验;西奥迪尼《影响力》(1984)第二章。',
      questions: [
        '我本来为什么要走?那个理由现在变了吗?',
        '这个优惠本身值得吗,还是只是让我觉得对方让了步?',
        '如果我现在离开,同样的优惠会不会再出现?',
      ],
    },
    fi: {
      name: 'Poistumistarjous',
      what: 'Sivu tekee uuden tarjouksen, kun olet lähdössä.',
      why: 'Lähteminen on kieltäytyminen, ja sen perään tuleva alennus näyttää siltä, että kauppa joustaa. Ihmisillä on taipumus vastata myönnytykseen myönnytyksellä, joten pienempi, alennettu pyyntö saa "kyllä"-vastauksen, jota ensimmäinen ei saanut. Tarjous on yleensä valmiiksi tehty kaikille lähtijöille.',
      source:
        'Cialdini ym. (1975), vastavuoroiset myönnytykset ("door-in-the-face"); Cialdini, Influence (1984), luku 2.',
      questions: [
        'Miksi olin lähdössä, ja onko syy muuttunut?',
        'Onko alennus itsessään hyvä, vai tuntuuko se vain palvelukselta?',
        'Tuleeko sama tarjous vastaan myöhemminkin?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Before you leave: take 20% off everything in your cart.',
        'Wait! Before you go, here is 10% off your first order.',
        "Don't go yet! Your cart is waiting, with free shipping.",
        'Leaving so soon? Take 15% off.',
        'Hold on! Get $10 off today.',
        "We're sorry to see you go. Here's 30% off to stay.",
        'Still on the fence? Enjoy 10% off your first order.',
        "Still thinking it over? Here's 10% off to help you decide.",
      ],
      clean: [
        'Before you go, make sure to check the size chart.',
        'Before you go hiking, check the forecast.',
        'Please wait while we load your cart',
        'Leave a review',
        'Read this before you buy',
      ],
    },
    zh: {
      flagged: [
        '再逛逛?送您一张5元无门槛券',
        '亲,别急着关掉,领张券再走',
        '先别走,这里有一张专属立减券',
        '请留步!送您一张10元无门槛券',
        '确定要离开吗?下单立减20元',
        '离开前领取新人红包',
        '等一下!还有一份惊喜给你',
      ],
      clean: ['支付过程中请别关闭页面', '离开前请关好门窗', '别走开,精彩马上回来', '免费咨询', '等一下再说'],
    },
    fi: {
      flagged: [
        'Älä vielä lähde! Saat 15 % alennuksen, jos tilaat nyt.',
        'Ennen kuin lähdet: tässä 10 % alennuskoodi',
        'Lähdössä jo? Ota 5 € alennus',
        'Odota hetki! Meillä on sinulle tarjous',
        'Ethän lähde tyhjin käsin',
      ],
      clean: ['Ennen kuin lähdet vaellukselle, tarkista sää', 'Lähde mukaan kampanjaan', 'Gluteeniton'],
    },
  },
});
