import { defineTactic } from '../core/types';

// A clock that counts down to the end of an offer or a cart reservation (Mathur et al. 2019, Urgency).
// The words alone show the timer's frame ("ends in", "reserved for 09:59") or its digits and units;
// a countdown that actually ticks is reported by src/page as `tickingCountdown`.

const UNIT_HOURS = String.raw`(?:hours?|hrs?)`;
const UNIT_MINUTES = String.raw`(?:minutes?|mins?)`;

export default defineTactic({
  id: 'countdown-timer',
  family: 'urgency',
  severity: 'high',
  // Number words (\"only three left\", \"twenty people\") are read as digits when the cues miss.
  normalizers: ['number-words'],
  keywords: {
    en: [
      'ends',
      'ending',
      'expir',
      'clos',
      'hour',
      'hrs',
      'sec',
      'reserved',
      'countdown',
      'timer',
      'counter',
      'left to',
      'zero',
      'time left',
      'time remaining',
      '0:',
      '1:',
      '2:',
      '3:',
      '4:',
      '5:',
      '6:',
      '7:',
      '8:',
      '9:',
      '0h',
      '1h',
      '2h',
      '3h',
      '4h',
      '5h',
      '6h',
      '7h',
      '8h',
      '9h',
      '0 h',
      '1 h',
      '2 h',
      '3 h',
      '4 h',
      '5 h',
      '6 h',
      '7 h',
      '8 h',
      '9 h',
    ],
    zh: ['倒计时', '结束', '剩', '时', '秒', ':', '截止'],
    fi: ['päättyy', 'loppuu', 'umpeutuu', 'jäljellä', 'tunti', 'min', ':', 'varattu', 'kuluttua'],
  },
  cues: {
    en: [
      // "ends in", "expires in", "sale ending in", "closes in"
      /\b(?:ends?|ending|expires?|expiring|closes?|closing)\s*(?:in|within)\b/,
      // "offer ends 00:54:59", "OFFER ENDS: 09h"
      /\b(?:offer|deal|sale|discount|promo(?:tion)?|price|cart)s?\s+(?:ends?|expires?|closes?)\s*(?::\s*)?\d/,
      // unit sequences of a timer: "09 Hours 57 Minutes", "00DAYS02HRS14MINS", "DAYS HRS MINS SECS"
      new RegExp(String.raw`${UNIT_HOURS}[\d\s:,./]{0,12}${UNIT_MINUTES}`),
      /(?:minutes?|mins?)[\d\s:,./]{0,12}(?:seconds?|secs?)\b/,
      // "4h 12m", "09H 42M 39S"
      /\b\d{1,2}\s?h[\s:]{0,3}\d{1,2}\s?m(?:in)?\b/,
      // a clock with three or more groups: "00:15:07:45", "07:25:41"
      /\b\d{1,2}:\d{2}:\d{2}\b/,
      // a two-group clock framed as a deadline: "reserved for 09:14", "order in 13:16", "within 10:00"
      /\b(?:in|within|for|expires?|ends?)\s*(?::\s*)?\d{1,2}:\d{2}\b/,
      // a reserved or expiring cart or order
      /\b(?:order|items?|cart|basket|products?)\s+(?:is\s+|are\s+)?reserved\s+for\b/,
      /\b(?:cart|basket|reservation)\s+(?:will\s+)?expires?\b/,
      /\b\d+\s*(?:days?|hours?|hrs?|minutes?|mins?)\s+left\s+to\s+(?:buy|order|save|shop)\b/,
      /\b(?:timer|counter|countdown|clock)\s+hits\s+zero\b/,
      /\btime\s+(?:left|remaining)\s*:/,
    ],
    zh: [
      /倒计时/,
      /(?:距|离)离?(?:活动|本场|优惠|秒杀|抢购)?(?:结束|开始|截止)(?:还剩|仅剩|剩余|还有)?/,
      /\d{1,3}\s?(?:天|小时|时)\s?\d{1,2}\s?分钟?(?:\s?\d{1,2}\s?秒)?/,
      /(?:还剩|仅剩|只剩|剩余)\s?\d{1,3}\s?(?:天|小时|分钟|秒)/,
      /\d{1,3}\s?(?:小时|分钟|天)(?:后|内)(?:结束|截止|恢复原价|失效)/,
      /\d{1,2}:\d{2}:\d{2}/,
    ],
    fi: [
      /\b(?:tarjous|ale|alennus|kampanja|hinta|varaus|ostoskori)\w*\s+(?:päättyy|loppuu|umpeutuu|vanhenee)\s*(?::\s*)?\d/,
      /\b(?:päättyy|loppuu|umpeutuu|vanhenee)\s+\d+\s*(?:päivän|tunnin|minuutin|t|h|min)\b/,
      /\b(?:aikaa\s+)?jäljellä\s*(?::\s*)?\d+\s*(?:pv|päivää|t|h|tuntia|min|minuuttia)(?![a-zäöå])/,
      /\b\d+\s*(?:t|h|tuntia)\s*\d+\s*(?:min|minuuttia)\b/,
      /\b\d{1,2}:\d{2}:\d{2}\b/,
      /\b(?:varattu|voimassa)\s+(?:vielä\s+)?\d{1,2}:\d{2}\b/,
    ],
  },
  exceptions: {
    en: [
      /\b(?:cards?|visa|mastercard|amex|account|numbers?|phone|prices?|amounts?)\s+(?:ending|ends?)\s+(?:in|with)\b/,
      /\bending\s+in\s+(?:[$£€.]|\d{3,4}(?![\s:]*[hmsd:\d]))/,
      /\b\d{1,2}:\d{2}:\d{2}\s*(?:am|pm|utc|gmt|[ecmp][sd]t)\b/,
      /\b\d{4}-\d{2}-\d{2}[\st]\d{1,2}:\d{2}:\d{2}\b/,
      /\b(?:delivered|arrives?|ships?|shipped|dispatched|ready)\s+(?:with)?in\b/,
      /\b(?:made|born|founded|printed)\s+in\b/,
    ],
    zh: [/\d{4}-\d{2}-\d{2}\s*\d{1,2}:\d{2}:\d{2}/, /营业时间/],
    fi: [
      /\b\d{1,2}:\d{2}:\d{2}\s*(?:am|pm|utc|gmt)\b/,
      /\b\d{4}-\d{2}-\d{2}[\st]\d{1,2}:\d{2}:\d{2}\b/,
      /\b\d{1,2}\.\d{1,2}\.\d{4}\s+(?:klo\s+)?\d{1,2}[:.]\d{2}[:.]\d{2}\b/,
    ],
  },
  fromLayout: (layout) => layout.tickingCountdown === true,
  explanation: {
    en: {
      name: 'Countdown timer',
      what: 'The page shows a clock counting down to the end of a price, an offer or a reserved cart.',
      why: 'A ticking clock turns a calm choice into a race: with less time we compare less and lean on the first impression. Mathur et al. found timers on hundreds of shops, and many simply restarted when the page was reloaded, so the deadline was not real.',
      source:
        'Mathur et al., "Dark Patterns at Scale: Findings from a Crawl of 11K Shopping Websites" (CSCW 2019), Urgency; Aggarwal & Vaidyanathan, "Use it or lose it" (Journal of Consumer Behaviour, 2003).',
      questions: [
        'Would I still want this if the timer were not there?',
        'What happens if I come back tomorrow: is the price really gone?',
        'Have I compared this price with another shop?',
      ],
    },
    zh: {
      name: '倒计时',
      what: '页面用一个倒计时,提示价格、优惠或购物车保留即将结束。',
      why: '跳动的数字让人觉得必须马上决定,时间一紧,我们就少比较、更依赖第一印象。Mathur 等人在数百家网店发现了倒计时,其中不少在刷新页面后会重新开始,也就是说截止时间并不真实。',
      source:
        'Mathur 等,《Dark Patterns at Scale》(CSCW 2019),“紧迫感”类;Aggarwal 与 Vaidyanathan,《Use it or lose it》(2003)。',
      questions: ['如果没有倒计时,我还想买吗?', '明天再来,这个价格真的就没有了吗?', '我和别家的价格比较过了吗?'],
    },
    fi: {
      name: 'Lähtölaskenta',
      what: 'Sivulla on kello, joka laskee aikaa tarjouksen, hinnan tai varatun ostoskorin päättymiseen.',
      why: 'Juokseva kello tekee rauhallisesta valinnasta kilpajuoksun: kiireessä vertailemme vähemmän ja luotamme ensivaikutelmaan. Mathur ym. löysivät ajastimia sadoilta verkkokaupoilta, ja moni niistä alkoi alusta, kun sivu ladattiin uudelleen.',
      source:
        'Mathur ym., "Dark Patterns at Scale" (CSCW 2019), kiire; Aggarwal & Vaidyanathan, "Use it or lose it" (2003).',
      questions: [
        'Haluaisinko tämän, vaikka kelloa ei olisi?',
        'Jos palaan huomenna, onko hinta oikeasti poissa?',
        'Olenko verrannut hintaa toiseen kauppaan?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Deal ends in 4h 12m 09s',
        'Offer expires in 09:59',
        'Your order is reserved for 09:45 minutes!',
        '00 Days 02 Hrs 26 Mins 12 Sec',
        'OFFER ENDS 00:54:59',
        'Cart will expire in 04:53 minutes!',
      ],
      clean: [
        'Time: 12:00',
        'Open Monday to Friday 9:00-17:00',
        'Delivered in 3-5 days',
        'Posted 2019-03-01 12:34:56',
        'Made in Portugal',
      ],
    },
    zh: {
      flagged: ['距活动结束还剩 02:14:09', '倒计时 3天', '仅剩2小时', '12小时后恢复原价'],
      clean: ['营业时间 9:00-18:00', '发货时间:48小时内', '下单时间 2024-03-01 12:30:45'],
    },
    fi: {
      flagged: ['Tarjous päättyy 04:12:09', 'Aikaa jäljellä 2 t 15 min', 'Ale päättyy 3 päivän kuluttua'],
      clean: ['Aukioloajat 9:00-17:00', 'Toimitusaika 2-4 arkipäivää', 'Kello 12:00'],
    },
  },
});
