import { defineTactic } from '../core/types';

// Something extra made a condition of going on: an account required to continue, marketing consent
// bundled with the terms (Mathur et al. 2019, Forced Action: forced enrollment).
// A newsletter sign-up that asks for marketing consent on its own is not flagged.

export default defineTactic({
  id: 'forced-enrollment',
  family: 'forced-action',
  severity: 'medium',
  keywords: {
    en: [
      'creating',
      'registering',
      'opening an',
      'opening your',
      'making an',
      'signing up for',
      'you must',
      'you need to',
      'you have to',
      'you will need to',
      'required to',
      'required for',
      'required before',
      'is required',
      'mandatory',
      'necessary',
      'to see',
      'to view',
      'agree to receive',
      'consent to receive',
      'and to receive',
    ],
    zh: ['注册', '登录', '同意接收', '必须', '才能', '方可'],
    fi: ['rekisteröi', 'kirjaudu', 'tili', 'hyväksyt', 'täytyy', 'pakollinen'],
  },
  cues: {
    en: [
      /\bby\s+(?:creating|registering|opening|making|signing\s+up\s+for)\s+(?:an?\s+|your\s+)?account\b[^.!?\n]{1,60}?\b(?:agree|consent)\w*\s+to\s+(?:receive|get|our\s+(?:marketing|newsletters?))\b/,
      /\byou\s+(?:must|need\s+to|have\s+to|will\s+need\s+to)\s+(?:first\s+)?(?:sign\s+up|register|create\s+an\s+account|log\s*in|sign\s+in|join|become\s+a\s+member)\b[^.!?\n]{1,30}?\bto\s+(?:continue|view|see|shop|proceed|check\s*out|purchase|buy|access|order|read|download)\b/,
      /\b(?:sign[\s-]?up|registration|an\s+account|account\s+creation|membership|log\s*in)\s+(?:is\s+)?(?:required|mandatory|necessary)\s+(?:to|for|before)\s+(?:continue|view|see|shop|proceed|check\s*out|purchase|buy|order|access)\w*/,
      /\b(?:sign\s+up|register|log\s*in|sign\s+in|create\s+an\s+account)\s+(?:now\s+)?to\s+(?:see|view)\s+(?:the\s+|our\s+)?(?:price|prices|pricing)\b/,
      // marketing consent bundled with the terms or privacy policy in one statement
      /\b(?:agree|consent)\s+to\s+receive\s+(?:\w+\s+){0,3}?(?:marketing|promotional|newsletters?|offers|e-?mails|texts?)\b[^.!?\n]{1,80}?\band\s+(?:agree\s+to|accept|consent\s+to|to)\s+(?:our|the)\s+(?:privacy|terms)/,
      /\b(?:agree|consent)\s+to\s+(?:our|the)\s+(?:terms|privacy\s+policy)\b[^.!?\n]{1,60}?\band\s+to\s+receive\s+(?:\w+\s+){0,2}?(?:marketing|promotional|newsletters?|offers)\b/,
    ],
    zh: [
      /(?:注册|登录|开通)[即则后]?(?:视为|表示|代表)?您?同意(?:接收|订阅)(?:营销|推广|广告|促销)/,
      /(?:必须|需要?|须)先?(?:注册|登录)(?:会员)?(?:才能|后才能|方可|后方可)(?:查看|购买|下单|继续|领取)/,
      /(?:注册|登录)后(?:才能|方可)(?:查看|购买|下单|继续)/,
    ],
    fi: [
      /\brekisteröitymällä\s+(?:\S+\s+){0,3}?hyväksyt\s+(?:\S+\s+){0,3}?(?:markkinointi|uutiskirje|suoramarkkinointi)/,
      /\b(?:sinun\s+)?(?:täytyy|pitää|on)\s+(?:ensin\s+)?(?:rekisteröityä|kirjautua|luoda\s+tili)\s+(?:\S+\s+)?(?:jatkaaksesi|nähdäksesi|ostaaksesi|tilataksesi)/,
      /\bkirjaudu\s+(?:sisään\s+)?(?:nähdäksesi|ostaaksesi)\s+(?:hinnat|hinnan|tuotteet)/,
      /\brekisteröityminen\s+(?:on\s+)?pakollinen/,
    ],
  },
  explanation: {
    en: {
      name: 'Forced enrollment',
      what: 'The page makes something extra a condition of going on: an account to continue, or consent to marketing bundled with the terms.',
      why: 'When the extra step stands between us and what we came for, we accept it without weighing it, and a bundled consent cannot be refused without refusing everything. Studies of consent forms show that how the choice is framed and what is preselected decide what most people end up agreeing to.',
      source:
        'Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Forced Action: forced enrollment; Johnson, Bellman & Lohse, "Defaults, framing and privacy: why opting in-opting out" (Marketing Letters, 2002).',
      questions: ['Can I buy this as a guest, without an account?', 'Am I agreeing to marketing as well as the terms?'],
    },
    zh: {
      name: '强制注册',
      what: '页面把额外的事情变成继续下去的条件:必须注册账号,或者把营销同意和服务条款捆绑在一起。',
      why: '当这一步挡在我们和想要的东西之间时,我们往往不加思考就接受了;捆绑的同意无法单独拒绝,除非全部拒绝。对同意书的研究表明,选项如何表述、默认选了什么,决定了大多数人最终同意了什么。',
      source: 'Mathur 等(2019),强迫行为类:强制注册;Johnson、Bellman 与 Lohse(2002)关于选择加入与退出的研究。',
      questions: ['能不能不注册、以游客身份购买?', '我同意的除了条款,是否还有营销信息?'],
    },
    fi: {
      name: 'Pakotettu liittyminen',
      what: 'Sivu tekee jatkamisen ehdoksi jotakin ylimääräistä: tilin luomisen tai markkinointiluvan, joka on niputettu käyttöehtoihin.',
      why: 'Kun ylimääräinen askel on meidän ja haluamamme asian välissä, hyväksymme sen punnitsematta, eikä niputetusta luvasta voi kieltäytyä kieltäytymättä kaikesta. Suostumuslomakkeita koskevat tutkimukset osoittavat, että valinnan sanamuoto ja oletusvalinta ratkaisevat, mihin useimmat lopulta suostuvat.',
      source:
        'Mathur ym. (2019), pakottaminen: pakotettu liittyminen; Johnson, Bellman & Lohse, "Defaults, framing and privacy" (2002).',
      questions: ['Voinko ostaa vieraana ilman tiliä?', 'Hyväksynkö ehtojen lisäksi myös markkinoinnin?'],
    },
  },
  examples: {
    en: {
      flagged: [
        'By creating an account you agree to receive marketing emails.',
        'You must sign up to continue.',
        'I agree to receive marketing emails from Natural Life and agree to our Privacy Policy and terms of use.',
        'Log in to see prices',
      ],
      clean: [
        'Subscribe to our newsletter',
        'Sign up for the latest updates, products and offers',
        'Log in / Create an account',
        'By clicking Sign Up, you agree to receive marketing text messages from us.',
      ],
    },
    zh: {
      flagged: ['注册即表示同意接收营销信息', '必须先登录才能查看价格'],
      clean: ['登录/注册', '订阅我们的新闻邮件'],
    },
    fi: {
      flagged: ['Rekisteröitymällä hyväksyt markkinointiviestit', 'Sinun täytyy rekisteröityä jatkaaksesi'],
      clean: ['Kirjaudu sisään', 'Tilaa uutiskirje'],
    },
  },
});
