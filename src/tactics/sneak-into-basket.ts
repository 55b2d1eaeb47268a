import { defineTactic } from '../core/types';

// An item, donation or service put into the basket by the shop, not by the shopper
// (Mathur et al. 2019, Sneaking: sneak into basket; a pre-ticked subscription is their hidden subscription).
// A checkbox for an add-on, a protection plan, a donation or a subscription that the page ticked before the
// shopper touched it is reported by src/page (layout.preTicked, only for such labels: see isAddOnLabel in
// src/page/layout-facts.ts) and flagged whatever its words, with the 'pre-ticked' fact.
// "Added to your cart" after the shopper's own click is not flagged.

export default defineTactic({
  id: 'sneak-into-basket',
  family: 'sneaking',
  severity: 'high',
  keywords: {
    en: [
      'automatically added',
      'auto-added',
      'auto added',
      'added',
      'by default',
      'pre-selected',
      'preselected',
      'pre-checked',
    ],
    zh: ['自动添加', '自动加入', '默认勾选', '默认添加', '已为您', '自动为', '默认为'],
    fi: ['automaattisesti', 'lisäsimme', 'oletuksena'],
  },
  cues: {
    en: [
      /\b(?:automatically|auto)[\s-]?added\s+(?:to\s+)?(?:your\s+)?(?:cart|basket|bag|order)\b/,
      /\bwe(?:'ve|\s+have)\s+(?:also\s+|automatically\s+)?added\b[^.!?\n]{1,40}?\bto\s+your\s+(?:cart|basket|bag|order)\b/,
      /\b(?:donation|insurance|protection|warranty|gift\s?wrap\w*|membership|subscription|shipping\s+protection|tip)\b[^.!?\n]{1,30}?\b(?:has\s+been|was|is|have\s+been)\s+(?:automatically\s+)?added\b/,
      /\b(?:added|included|selected|ticked|checked)\s+by\s+default\b/,
      /\bpre-?(?:selected|checked|ticked)\s+(?:for\s+you|add-?ons?|items?|options?)\b/,
    ],
    zh: [/(?:已|将)?(?:自动|默认)(?:为您|为你)?(?:添加|加入|勾选)了?到?(?:购物车|订单)?/, /已为您(?:添加|加入|勾选)/],
    fi: [
      /\blisätty\s+automaattisesti\s+(?:ostoskoriin|tilaukseen|ostoskoriisi|tilaukseesi)/,
      /\bautomaattisesti\s+(?:lisätty|lisätään)\s+(?:ostoskoriin|tilaukseen|ostoskoriisi|tilaukseesi)/,
      /\blisäsimme\s+(?:\S+\s+){0,3}?(?:ostoskoriisi|tilaukseesi)/,
      /\boletuksena\s+(?:valittu|mukana|lisätty)/,
    ],
  },
  fromLayout: (layout) => layout.preTicked === true,
  facts: (_text, context) => (context.block.layout?.preTicked ? [{ kind: 'pre-ticked' }] : []),
  explanation: {
    en: {
      name: 'Item added to the basket for you',
      what: 'The shop put an item, donation, service or subscription into the basket, or ticked its box in advance, without you choosing it.',
      why: 'What is already in the basket feels like part of the order, and removing it takes effort and attention, so many of us leave it there. Defaults are powerful: the option that is chosen for us is the one most people end up with.',
      source:
        'Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Sneaking: sneak into basket; Johnson & Goldstein, "Do defaults save lives?" (Science, 2003).',
      questions: ['Did I choose every item in my basket?', 'Would I add this myself if it were not already there?'],
    },
    zh: {
      name: '被悄悄加入购物车',
      what: '商店替你把一件商品、一笔捐款、一项服务或订阅加进了购物车,或事先替你勾选了它。',
      why: '已经在购物车里的东西让人觉得是订单的一部分,要删掉它还得花心思,所以很多人就留着了。默认选项的力量很大:替我们选好的,往往就是大多数人最终接受的。',
      source: 'Mathur 等(2019),偷偷摸摸类:偷偷加入购物车;Johnson 与 Goldstein《Do defaults save lives?》(2003)。',
      questions: ['购物车里的每一件都是我自己选的吗?', '如果它不在车里,我会自己加进去吗?'],
    },
    fi: {
      name: 'Ostoskoriin lisätty puolestasi',
      what: 'Kauppa lisäsi ostoskoriin tuotteen, lahjoituksen, palvelun tai tilauksen tai rastitti sen valmiiksi, vaikka et itse valinnut sitä.',
      why: 'Se, mikä on jo korissa, tuntuu osalta tilausta, ja sen poistaminen vaatii vaivaa ja tarkkaavaisuutta, joten moni jättää sen. Oletusvalinnat ovat voimakkaita: meille valmiiksi valittu vaihtoehto on se, johon useimmat päätyvät.',
      source:
        'Mathur ym. (2019), hiiviskely: koriin livautettu tuote; Johnson & Goldstein, "Do defaults save lives?" (Science, 2003).',
      questions: ['Valitsinko itse jokaisen tuotteen korissani?', 'Lisäisinkö tämän itse, jos se ei olisi jo korissa?'],
    },
  },
  examples: {
    en: {
      flagged: [
        'A $2 donation has been added to your order.',
        'Shipping protection was automatically added to your cart',
        "We've added a care kit to your bag",
      ],
      clean: ['Added to cart', 'Item has been added to your cart', 'Add to basket'],
    },
    zh: {
      flagged: ['已自动为您添加运费险', '默认勾选'],
      clean: ['加入购物车', '已加入购物车'],
    },
    fi: {
      flagged: ['Lahjapaketointi lisätty automaattisesti tilaukseen', 'Lisäsimme ostoskoriisi suojakotelon'],
      clean: ['Lisätty ostoskoriin', 'Lisää ostoskoriin'],
    },
  },
});
