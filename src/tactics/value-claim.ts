import { defineTactic } from '../core/types';
import { priceFacts } from '../price/facts';

// "A $60 value", "retail value $89", 价值199元, "arvo 60 €": a price tag hung on a bundle, a gift or a set, as the
// anchor for what you pay or for what you "get".

export default defineTactic({
  id: 'value-claim',
  family: 'anchoring',
  severity: 'medium',
  keywords: {
    en: ['value', 'valued', 'worth'],
    zh: ['价值'],
    fi: ['arvo'],
  },
  cues: {
    en: [
      /[$€£¥]\s?\d+(?:[.,]\d+)*\+? (?:total |retail |combined |real |full )?value\b/,
      /\b\d+(?:[.,]\d+)? ?(?:€|eur|usd|dollars?|euros?|pounds?) (?:total |retail |combined )?value\b/,
      /\b(?:retail|total|combined|estimated|approx\.?|approximate|real|true|full|regular|market|package|bundle) value:? (?:of )?(?:over |up to |more than )?[$€£¥]?\s?\d+(?:[.,]\d+)*/,
      /\bvalued? at (?:over |up to |more than )?[$€£¥]\s?\d+(?:[.,]\d+)*/,
      /\bworth (?:over |up to |more than |a total of )?[$€£¥]\s?\d+(?:[.,]\d+)*/,
      /\ba value of (?:over |up to |more than )?[$€£¥]\s?\d+(?:[.,]\d+)*/,
      /(?:\bover |\bmore than )?[$€£¥]\d+(?:[.,]\d+)? (?:worth of|in value)\b/,
    ],
    zh: [/[总超近]?价值\s?(?:高达|超过|[约近超达])?\s?[¥$]?\s?\d+(?:\.\d+)?\s?[元块万]?/],
    fi: [
      /\b(?:yhteis|kokonais|myynti|ovh-|todellinen |normaali)?arvo(?:ltaan)?:? (?:yli |jopa |n\. |noin |peräti )?\d+(?:[,.]\d+)? ?(?:€|e(?![a-zåäö])|eur)/,
      /\b\d+(?:[,.]\d+)? ?(?:€(?::n)?|euron|eur) arvo(?:inen|isen|isena|ista|isia|sta|lla)(?![a-zåäö])/,
    ],
  },
  exceptions: {
    en: [/\bgift ?card (?:value|amount)\b/, /\b(?:choose|select|pick) (?:a |your )?value\b/],
    zh: [/(?:营养|收藏|实用|使用|投资|药用|观赏|历史|文化|艺术|商业)价值/],
    fi: [/\blahjakorti\w* arvo\w*/],
  },
  facts: (text) => priceFacts(text),
  explanation: {
    en: {
      name: 'Claimed value',
      what: 'The page puts a money value on a set, bundle or gift ("a $60 value").',
      why: 'A stated value is an anchor: it tells you how much the thing is supposed to be worth before you have judged it, and the price you pay then looks small beside it. The value is usually the sum of list prices that nobody pays, and for a gift it makes the extra spend look worthwhile.',
      source: 'Tversky & Kahneman (1974) on anchoring; Burger (1986) on adding value to an offer ("that\'s-not-all").',
      questions: [
        'Would I pay the claimed value for this set, item by item?',
        'What do the items in the set cost separately at other shops?',
      ],
    },
    zh: {
      name: '"价值××元"',
      what: '页面给套装、组合或赠品标上一个"价值"金额。',
      why: '标出的"价值"就是一个锚:在你自己判断之前,先告诉你这东西"值多少",相比之下实付价格就显得很少。这个数字通常是把没人真付过的标价加起来,用在赠品上,则让为此多花的钱显得值得。',
      source: 'Tversky 与 Kahneman(1974)锚定效应;Burger(1986)"还不止这些"技巧。',
      questions: ['按这个"价值"一件件买,我愿意付这么多吗?', '套装里的东西在别家分开买要多少钱?'],
    },
    fi: {
      name: 'Ilmoitettu arvo',
      what: 'Sivu kertoo setin, paketin tai lahjan rahallisen "arvon".',
      why: 'Ilmoitettu arvo on ankkuri: se kertoo, paljonko tavaran pitäisi olla arvoinen, ennen kuin olet itse arvioinut sitä, ja maksamasi hinta näyttää sen rinnalla pieneltä. Arvo on yleensä laskettu ohjehinnoista, joita kukaan ei maksa, ja lahjan kohdalla se saa lisäostoksen näyttämään kannattavalta.',
      source: 'Tversky & Kahneman (1974) ankkuroinnista; Burger (1986) "that\'s-not-all" -tekniikasta.',
      questions: [
        'Maksaisinko ilmoitetun arvon, jos ostaisin osat yksitellen?',
        'Mitä setin tuotteet maksavat erikseen muissa kaupoissa?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Retail value $89, yours for $29',
        'Get a free 3-piece cookware set (a $60 value) when you spend $150.',
        'A $150 value for just $49',
        'Valued at $200',
        'Over $100 worth of beauty minis',
        'Total value: $245',
      ],
      clean: [
        'Great value!',
        'Value pack of 12',
        'Best value',
        'Choose a value for your gift card',
        'Resistor value 10 kΩ',
      ],
    },
    zh: {
      flagged: ['价值199元的礼盒', '总价值高达999元', '赠价值¥59精美礼品', '超价值3000元大礼包'],
      clean: ['营养价值丰富', '很有收藏价值', '性价比高', '免费咨询'],
    },
    fi: {
      flagged: ['Lahjan arvo 60 €', 'Arvoltaan yli 100 €', 'Saat 50 euron arvoisen lahjan', 'Paketin yhteisarvo 245 €'],
      clean: ['Hinta sisältää arvonlisäveron', 'Arvostelut (48)', 'Gluteeniton'],
    },
  },
});
