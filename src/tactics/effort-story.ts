import { defineTactic } from '../core/types';

// Stories of effort and favour: "we worked three years to bring you this price", "为粉丝争取的专属价". The shop
// presents the price as a favour it fought for on your behalf, which invites a favour in return.

export default defineTactic({
  id: 'effort-story',
  family: 'reciprocity',
  severity: 'medium',
  keywords: {
    en: [
      'we ',
      "we'",
      'negotiat',
      'bring you',
      'fought',
      'haggl',
      'after months',
      'after years',
      'after weeks',
      'pulled some strings',
      'called in',
    ],
    zh: [
      '争取',
      '谈下',
      '谈到',
      '砍到',
      '磨',
      '求了',
      '申请到',
      '好不容易',
      '费了',
      '千辛万苦',
      '厂家',
      '品牌方',
      '工厂',
    ],
    fi: ['neuvotel', 'neuvottel', 'väänsi', 'vääns', 'taistel', 'teimme', 'saimme', 'olemme tehneet'],
  },
  cues: {
    en: [
      /\bwe(?:'ve| have)? (?:\w+ )?(?:worked|fought|negotiated|battled|bargained|pushed|begged|haggled|convinced|persuaded|spent|travel+ed|searched|went)\b(?:[^.!?\n]|\.\d){1,60}?\b(?:to (?:bring|get|give|offer|secure|make|keep|find)(?: you| our| it)?|for you|for our (?:customers|fans|members|readers|community))\b(?:[^.!?\n]|\.\d){1,30}?\b(?:price|prices|deal|deals|offer|discount|savings|cost|costs|low|lower|lowest|affordable|cheap|cheaper)\b/,
      /\b(?:after|following) (?:\w+ )?(?:months|weeks|years) of (?:negotiati\w*|hard work|haggling|bargaining|back-and-forth|talks)\b/,
      /\b(?:negotiated|secured|fought for|won|wrangled|scored) (?:an? |this |these |the )?(?:exclusive |special |extra |better |lower )?(?:price|deal|discount|offer|rate)s? (?:just |exclusively |especially )?(?:for you|for our)\b/,
      /\bwe (?:pulled (?:some )?strings|called in (?:a |some )?favou?rs?|twisted (?:their|some) arms?)\b/,
      /\bso (?:that )?(?:you|our customers) (?:don'?t have to|can) (?:pay|get)\b(?:[^.!?\n]|\.\d){1,30}?\b(?:less|lower|price|deal)\b/,
    ],
    zh: [
      /(?:争取|谈下|谈到|砍到|申请到|磨到|拿下|求来|要来|磨来|抢来)[了到来]?的?[^,。!?\n]{0,8}?(?:价|优惠|福利|折扣|低价|底价|专属|名额|补贴)/,
      /为(?:粉丝|大家|您|你|各位|宝宝们?|家人们?|老铁们?|姐妹们?|朋友们?|用户|顾客)[^,。!?\n]{0,6}?(?:争取|申请|[谈砍磨])/,
      /[和跟与找](?:厂家|品牌方?|工厂|供应商|老板|原产地|农户|果农)[^,。!?\n]{0,8}?(?:[谈磨砍]|沟通|协商|争取)[^,。!?\n]{0,12}?(?:价|优惠|福利|折扣|\d+元|下来|成了)/,
      /(?:软磨硬泡|死磨硬泡|磨破了?嘴皮|费了?(?:好大|九牛二虎之)[^,。!?\n]{0,4}?(?:劲|力气?)|千辛万苦|好不容易)[^,。!?\n]{0,15}?(?:争取|谈|价|优惠|福利|拿到|申请)/,
    ],
    fi: [
      /(?:neuvott?el\w*|väänsi\w*|vääns\w*|taisteli\w*|kamppaili\w*|kamppailt\w*)(?:[^.!?\n]|\.\d){0,40}?(?:teille|sinulle|hinna\w*|etu\w*|alennu\w*|tarjou\w*|asiakkaillemme|lukijoillemme|jäsenillemme)/,
      /\bpitk\w* (?:ja \w+ )?neuvottelu\w* (?:jälkeen|tuloksena|ansiosta)/,
      /\b(?:teimme|olemme tehneet|tehtiin) (?:\w+ )?(?:töitä|työtä)(?:[^.!?\n]|\.\d){0,40}?(?:jotta|että) (?:saat|voimme tarjota|voisimme tarjota)/,
      /\bsaimme (?:\w+ )?(?:neuvoteltua|sovittua|väännettyä)(?:[^.!?\n]|\.\d){0,30}?(?:hinna\w*|etu\w*|alennu\w*|tarjou\w*)/,
    ],
  },
  exceptions: {
    en: [
      /\bwe(?:'ve| have)? (?:\w+ )?worked (?:hard )?on (?:this|the|our) (?:update|release|version|app|website|site)\b/,
    ],
    zh: [/争取早日|争取当天|争取次日|争取\d+小时/],
  },
  explanation: {
    en: {
      name: 'Story of effort on your behalf',
      what: 'The page says the shop worked, negotiated or fought to get you this price.',
      why: 'A price presented as hard-won on your behalf turns an ordinary offer into a favour, and a favour makes people feel they should return it, most easily by buying. The story is hard to check, and it shifts attention from whether the price is good to how much effort went into it.',
      source: 'Cialdini, Influence (1984), ch. 2 on reciprocation; Regan (1971) on unrequested favours.',
      questions: [
        'Is the price good compared with other shops, whatever the story behind it?',
        'Would I buy this if the page said nothing about how hard they worked?',
      ],
    },
    zh: {
      name: '"为你争取"的辛苦故事',
      what: '页面说商家为你谈价、争取、费了很大力气才拿到这个价格。',
      why: '把价格说成"为你辛苦争取来的",普通的优惠就变成了一份人情,而人情让人觉得应该回报,最方便的回报就是下单。这样的故事无从核实,还把注意力从"价格到底划不划算"引向"人家多不容易"。',
      source: '西奥迪尼《影响力》(1984)第二章;Regan(1971)关于未经请求的恩惠的实验。',
      questions: ['撇开故事不谈,这个价格和别家比真的便宜吗?', '如果页面没讲商家多辛苦,我还会买吗?'],
    },
    fi: {
      name: 'Tarina ponnisteluista puolestasi',
      what: 'Sivu kertoo, että kauppa neuvotteli, taisteli tai teki töitä saadakseen sinulle tämän hinnan.',
      why: 'Kun hinta esitetään sinun puolestasi kovalla työllä ansaittuna, tavallinen tarjous muuttuu palvelukseksi, ja palvelus saa tuntemaan, että se pitäisi maksaa takaisin, helpoimmin ostamalla. Tarinaa on vaikea tarkistaa, ja se siirtää huomion hinnan edullisuudesta siihen, kuinka paljon vaivaa sen eteen nähtiin.',
      source: 'Cialdini, Influence (1984), luku 2; Regan (1971) pyytämättömistä palveluksista.',
      questions: [
        'Onko hinta hyvä muihin kauppoihin verrattuna, tarinasta riippumatta?',
        'Ostaisinko tämän, jos sivu ei kertoisi vaivannäöstä mitään?',
      ],
    },
  },
  examples: {
    en: {
      flagged: [
        'We worked with the farmers for three years to bring you this price, because you deserve it.',
        'After months of negotiation, we secured this deal for our members.',
        'We negotiated directly with the factory to bring you the lowest price.',
        'We fought hard to get you this discount.',
        'We pulled some strings with the brand.',
        'We secured an exclusive price for our readers.',
      ],
      clean: [
        'We worked hard on this update',
        'We ship worldwide',
        'Our team is here to help you',
        'We negotiate with carriers every year',
      ],
    },
    zh: {
      flagged: [
        '为粉丝争取的专属价',
        '我们跟厂家谈了三个月才拿下这个价格',
        '主播为大家争取到的福利价',
        '软磨硬泡才申请到这个优惠',
        '好不容易谈下来的底价',
      ],
      clean: ['争取当天发货', '厂家直发', '免费咨询'],
    },
    fi: {
      flagged: [
        'Neuvottelimme teille erikoishinnan',
        'Pitkien neuvottelujen jälkeen saimme tämän tarjouksen',
        'Teimme kovasti töitä, jotta saat parhaan hinnan',
        'Saimme neuvoteltua valmistajan kanssa erikoishinnan',
        'Väänsimme maahantuojan kanssa lukijoillemme edun',
      ],
      clean: ['Neuvonta arkisin 9-16', 'Gluteeniton', 'Teimme tilauksen eilen'],
    },
  },
});
