import { defineTactic } from '../core/types';

// A consent worded so that doing nothing, or ticking a box, means yes: "If you do NOT want to receive
// these e-mails, please tick this box" (Mathur et al. 2019, Misdirection: trick questions). Family
// forced-action: the shopper is enrolled in marketing unless they decode the wording.

export default defineTactic({
  id: 'trick-question',
  family: 'forced-action',
  severity: 'medium',
  keywords: {
    en: [
      'if you do not',
      "if you don't",
      'if you dont',
      'if you would not',
      "if you wouldn't",
      'if you prefer not',
      'unless you',
    ],
    zh: ['勾选'],
    fi: ['rasti', 'ruksa', 'merkitse', 'valitse'],
  },
  cues: {
    en: [
      /\bif\s+you\s+(?:do\s+not|don'?t|would\s+not|wouldn'?t|prefer\s+not\s+to)\s+(?:want|wish|like|agree)\b[^!?\n]{1,150}?\b(?:please\s+)?(?:tick|check|select|mark)(?:ing)?\s+(?:this|the|here|below)\b/,
      /\bunless\s+you\b[^!?\n]{1,100}?\b(?:tick|check)(?:ing)?\s+(?:this|the|here|below)\b/,
      /\b(?:tick|check)\s+(?:this|the)\s+box\b[^.!?\n]{1,40}?\bif\s+you\s+(?:do\s+not|don'?t|would\s+not|wouldn'?t|prefer\s+not)\b/,
      /\b(?:uncheck|untick|un-tick|un-check)\s+(?:this|the)\s+box\b[^.!?\n]{1,40}?\bif\s+you\s+(?:do\s+not|don'?t|would\s+not|wouldn'?t|prefer\s+not)\b/,
    ],
    zh: [
      /如[果需您]?您?不(?:希望|想|愿意|同意)[^。!?\n]{0,40}?请?(?:勾选|选中)/,
      /(?:取消勾选|不勾选)[^。!?\n]{0,10}?[即则将]?(?:视为|表示)(?:同意|接受)/,
    ],
    fi: [/\bjos\s+et\s+(?:halua|toivo)\b[^!?\n]{1,120}?(?:rastita|rastittakaa|ruksaa|merkitse|valitse)/],
  },
  explanation: {
    en: {
      name: 'Trick question',
      what: 'A consent is worded so that ticking a box, or leaving it alone, means yes: "If you do not want these e-mails, tick here."',
      why: 'We skim forms and expect a tick to mean yes; a double negative turns that habit against us, and most people end up with whatever the wording makes the default. In experiments, switching the wording of one box changed how many people agreed to be contacted by around a third.',
      source:
        'Johnson, Bellman & Lohse, "Defaults, framing and privacy: why opting in-opting out" (Marketing Letters, 2002); Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Misdirection: trick questions.',
      questions: ['Read it twice: what does ticking the box actually mean?', 'Do I want these messages at all?'],
    },
    zh: {
      name: '绕弯的勾选项',
      what: '同意条款的措辞让“勾选”或“不动它”都等于同意,例如“如果您不希望收到邮件,请勾选此处”。',
      why: '我们填表时习惯扫一眼,默认打勾就是同意;双重否定把这个习惯反过来利用,大多数人最终接受的就是措辞所设定的默认结果。实验中,只改一个勾选框的措辞,同意被联系的人数就相差约三分之一。',
      source: 'Johnson、Bellman 与 Lohse(2002)关于选择加入与退出的研究;Mathur 等(2019),误导类:诱导性问题。',
      questions: ['再读一遍:勾选到底意味着什么?', '我真的想收到这些信息吗?'],
    },
    fi: {
      name: 'Kompakysymys',
      what: 'Suostumus on muotoiltu niin, että ruudun rastittaminen tai koskematta jättäminen tarkoittaa kyllä: "Jos et halua sähköposteja, rastita tästä."',
      why: 'Silmäilemme lomakkeita ja oletamme rastin tarkoittavan kyllä; kaksoiskielto kääntää tämän tavan meitä vastaan, ja useimmat päätyvät siihen, minkä sanamuoto tekee oletukseksi. Kokeissa yhden ruudun sanamuodon vaihtaminen muutti yhteydenottoihin suostuneiden määrää noin kolmanneksella.',
      source:
        'Johnson, Bellman & Lohse, "Defaults, framing and privacy: why opting in-opting out" (2002); Mathur ym. (2019), harhaanjohtaminen: kompakysymykset.',
      questions: ['Lue kahdesti: mitä rasti oikeasti tarkoittaa?', 'Haluanko näitä viestejä lainkaan?'],
    },
  },
  examples: {
    en: {
      flagged: [
        "If you DON'T want to receive these emails, please tick this box.",
        'We will tell you about discounts unless you tell us you do not want to hear about them, by ticking here.',
        'Uncheck this box if you do not wish to receive offers',
      ],
      clean: ['Tick this box to receive our newsletter', 'Check your order status', 'Check out'],
    },
    zh: {
      flagged: ['如您不希望收到促销短信,请勾选此框'],
      clean: ['勾选以订阅新闻邮件', '我已阅读并同意用户协议'],
    },
    fi: {
      flagged: ['Jos et halua vastaanottaa markkinointiviestejä, rastita tämä ruutu'],
      clean: ['Valitse koko', 'Rastita, jos haluat uutiskirjeen'],
    },
  },
});
