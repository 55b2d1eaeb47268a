import { defineTactic } from '../core/types';

// A fee that is not part of the price shown on the product: a service charge, handling or processing
// fee, an invoicing surcharge (Mathur et al. 2019, Sneaking: hidden costs). The text shows a fee line
// with an amount; whether it appeared only at checkout is for src/page to tell.

export default defineTactic({
  id: 'hidden-costs',
  family: 'sneaking',
  severity: 'medium',
  keywords: {
    en: [
      'service charge',
      'service fee',
      'handling',
      'processing fee',
      'convenience fee',
      'booking fee',
      'admin',
      'small order',
      'surcharge',
      'platform fee',
    ],
    zh: ['服务费', '手续费', '包装费', '附加费', '处理费'],
    fi: ['palvelumaksu', 'käsittelymaksu', 'laskutuslisä', 'pientilauslisä', 'toimenpidemaksu', 'lisämaksu'],
  },
  cues: {
    en: [
      /(?:service|handling|processing|convenience|booking|admin(?:istration|istrative)?|platform|small[\s-]order|packaging)\s+(?:charge|fee|surcharge)s?\b\s*(?::\s*)?(?:of\s+)?(?:[a-z]{3}\s?)?[$£€¥]\s*\d/,
      /\b(?:service|handling|processing|convenience|booking|admin(?:istration|istrative)?|platform|small[\s-]order|packaging)\s+(?:charge|fee|surcharge)s?\b\s*(?::\s*)?\d[\d.,]*\s*(?:[$£€¥]|usd|eur|gbp)/,
      /\b(?:a|an)\s+[$£€¥]\s*\d[\d.,]*\s+(?:service|handling|processing|convenience|booking|admin(?:istration|istrative)?|platform|small[\s-]order)\s+(?:charge|fee|surcharge)\b/,
    ],
    zh: [/(?:服务费|手续费|包装费|附加费|处理费)\s?:?\s?¥?\s?\d/],
    fi: [
      /\b(?:palvelumaksu|käsittelymaksu|laskutuslisä|pientilauslisä|toimenpidemaksu)\S*\s*(?::\s*)?\d/,
      /\b(?:laskutuslisä|pientilauslisä)\S*/,
    ],
  },
  exceptions: {
    en: [/\bno\s+(?:\w+\s+)?(?:fees?|charges?|surcharges?)\b/, /\b(?:fee|charge)[-\s]free\b/],
    zh: [/[免无0](?:服务费|手续费)/],
    fi: [/\bei\s+(?:\S+\s+)?(?:laskutuslisää|palvelumaksua|käsittelymaksua)/],
  },
  explanation: {
    en: {
      name: 'Extra fee',
      what: 'The page adds a fee (service, handling, processing) on top of the item price.',
      why: 'A price seen first becomes the anchor of the decision; once we have chosen, a fee added later feels too small to walk away over, even when the total would have changed our mind. A large field study of ticket sales found that showing fees only at checkout made people spend more.',
      source:
        'Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Sneaking: hidden costs; Blake, Moshary, Sweeney & Tadelis, "Price salience and product choice" (Marketing Science, 2021).',
      questions: [
        'What is the total I will actually pay?',
        'Would I have chosen this shop if I had seen this total first?',
      ],
    },
    zh: {
      name: '额外费用',
      what: '页面在商品价格之外另加一笔费用(服务费、手续费、包装费)。',
      why: '先看到的价格会成为决策的锚点;选定之后,再冒出来的一笔费用显得太小,不值得为它放弃,哪怕总价本会让你改变主意。对票务销售的大型实地研究发现,把费用留到结账时才显示,会让人花得更多。',
      source: 'Mathur 等(2019),偷偷摸摸类:隐藏费用;Blake 等《Price salience and product choice》(2021)。',
      questions: ['我实际要付的总价是多少?', '如果一开始就看到这个总价,我还会选这家吗?'],
    },
    fi: {
      name: 'Lisämaksu',
      what: 'Sivu lisää tuotteen hinnan päälle maksun (palvelu-, käsittely- tai laskutuslisän).',
      why: 'Ensin nähty hinta ankkuroi päätöksen; kun olemme jo valinneet, myöhemmin ilmestyvä maksu tuntuu liian pieneltä luopumisen syyksi, vaikka kokonaishinta olisi muuttanut mielemme. Laajassa lipunmyyntikokeessa maksujen näyttäminen vasta kassalla sai ihmiset kuluttamaan enemmän.',
      source:
        'Mathur ym. (2019), hiiviskely: piilokulut; Blake, Moshary, Sweeney & Tadelis, "Price salience and product choice" (2021).',
      questions: [
        'Mikä on kokonaissumma, jonka todella maksan?',
        'Olisinko valinnut tämän kaupan, jos olisin nähnyt kokonaissumman heti?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'Merchandise: $69.99 Service Charge: $14.99 Total Before Tax: $84.98',
        'Handling fee: $4.95',
        'A $3 small order fee applies',
      ],
      clean: ['No service fees, ever', 'Free shipping on orders over $50', 'Customer service: 9am-5pm'],
    },
    zh: {
      flagged: ['服务费:¥15', '手续费 5元'],
      clean: ['免服务费', '客服热线'],
    },
    fi: {
      flagged: ['Laskutuslisä 3,90 €', 'Palvelumaksu: 2,50 €'],
      clean: ['Ei laskutuslisää', 'Asiakaspalvelu'],
    },
  },
});
