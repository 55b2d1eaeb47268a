import { defineTactic } from '../core/types';

// Signing up takes a click, stopping takes a phone call or an e-mail (Mathur et al. 2019, Obstruction:
// hard to cancel). The cue is a cancellation (or opt-out) and a contact step in the same sentence.

export default defineTactic({
  id: 'hard-to-cancel',
  family: 'obstruction',
  severity: 'high',
  keywords: {
    en: ['cancel', 'opt-out', 'opt out', 'unsubscribe', 'do not want', "don't want", 'do not wish', "don't wish"],
    zh: ['取消', '退订', '解约'],
    fi: ['peru', 'irtisan', 'lopett'],
  },
  cues: {
    en: [
      // "to cancel, call us at 1-800...", "cancel ... by contacting customer service"
      /\b(?:cancel\w*|unsubscribe|opt[\s-]?out|stop\s+(?:your\s+)?(?:membership|subscription|shipments?|payments?))\b[^.!?\n]{1,120}?\b(?:call(?:ing)?|phon(?:e|ing)|contact(?:ing)?|e-?mail(?:ing)?|writ(?:e|ing)\s+to|send(?:ing)?\s+(?:us\s+)?(?:an?\s+)?(?:e-?mail|letter|notice)|speak(?:ing)?\s+(?:to|with)|mail(?:ing)?\s+us)\b/,
      // "call us to cancel", "contact us and we will cancel your subscription"
      /\b(?:call(?:ing)?|phon(?:e|ing)|contact(?:ing)?|e-?mail(?:ing)?|write\s+to)\s+(?:us|our|customer|member|the)\b[^.!?\n]{1,80}?\b(?:to\s+|and\s+we(?:'ll|\s+will)\s+)cancel\w*/,
      // "If you do not want ... please email opt-out@..."
      /\bif\s+you\s+(?:do\s+not|don'?t)\s+(?:want|wish)\b[^!?\n]{1,150}?\b(?:please\s+)?(?:e-?mail|write\s+to|call|contact)\s+(?:us|opt|our|\S+@)/,
      /\bcancel\w*\s+(?:is\s+|are\s+)?(?:only\s+)?(?:possible|accepted|available)\s+(?:only\s+)?(?:by|via|over)\s+(?:phone|telephone|mail|post|letter|e-?mail)\b/,
    ],
    zh: [
      /(?:取消|退订|解约|关闭自动续费)[^。!?\n]{0,20}?(?:[需请须要]|必须)?(?:致电|拨打|联系客服|联系我们|电话联系|发送邮件|来电|书面申请)/,
      /(?:致电|拨打|联系客服)[^。!?\n]{0,20}?(?:取消|退订|解约)/,
    ],
    fi: [
      /\b(?:peru\S*|irtisano\S*|lopett\S*)\s[^.!?\n]{0,100}?(?:soittamalla|soita|ottamalla\s+yhteyttä|ota\s+yhteyttä|sähköpostitse|kirjeitse|kirjallisesti|lähettämällä|asiakaspalvelu\S*)/,
      /\b(?:soita|soittamalla|ota\s+yhteyttä|ottamalla\s+yhteyttä)\s[^.!?\n]{0,60}?(?:peru|irtisano|lopett)/,
    ],
  },
  exceptions: {
    en: [
      /\bcancel\s+(?:anytime|any\s+time|online|in\s+(?:one|1)\s+click|with\s+one\s+click)\s+(?:in|from|on)\s+your\s+account\b/,
    ],
    zh: [/(?:在线|一键|随时在?(?:线上|app))(?:取消|退订)/],
    fi: [/\bverkossa\s+(?:peru|irtisano)/],
  },
  explanation: {
    en: {
      name: 'Hard to cancel',
      what: 'The page says that to cancel you must call, e-mail or contact the shop, while signing up took a click.',
      why: 'Every extra step between wanting to stop and stopping is a chance to put it off, and people who put off cancelling keep paying. Mathur et al. found subscriptions that could be started online but only ended by phone, during office hours.',
      source:
        'Mathur et al., "Dark Patterns at Scale" (CSCW 2019), Obstruction: hard to cancel; DellaVigna & Malmendier, "Paying not to go to the gym" (American Economic Review, 2006).',
      questions: [
        'How exactly would I cancel, and when is that possible?',
        'Is there a way to buy this without the subscription?',
      ],
    },
    zh: {
      name: '取消困难',
      what: '页面说明取消必须致电、发邮件或联系客服,而开通只需点一下。',
      why: '从想停止到真正停止之间,每多一个步骤,就多一次拖延的机会,而拖着不取消的人会一直付钱。Mathur 等人发现,有的订阅可以在线开通,却只能在工作时间打电话取消。',
      source: 'Mathur 等(2019),阻碍类:取消困难;DellaVigna 与 Malmendier(2006)。',
      questions: ['具体要怎样取消,什么时候能办?', '有没有不用订阅也能买的方式?'],
    },
    fi: {
      name: 'Vaikea perua',
      what: 'Sivu kertoo, että peruminen vaatii soiton, sähköpostin tai yhteydenoton, vaikka liittyminen kävi yhdellä napsautuksella.',
      why: 'Jokainen lisävaihe lopettamisen halun ja lopettamisen välillä on tilaisuus lykätä, ja perumista lykkäävät maksavat edelleen. Mathur ym. löysivät tilauksia, jotka sai aloitettua verkossa mutta lopetettua vain soittamalla virka-aikaan.',
      source: 'Mathur ym. (2019), estäminen: vaikea perua; DellaVigna & Malmendier (2006).',
      questions: ['Miten tarkalleen perun, ja milloin se onnistuu?', 'Voinko ostaa tämän ilman tilausta?'],
    },
  },
  examples: {
    en: {
      flagged: [
        'To cancel, call us at 1-800-555-0100.',
        'You may cancel your membership at any time by contacting customer service.',
        'If you wish to cancel your subscription, you can email us at help@example.com',
        'Contact us and we will cancel your subscription.',
      ],
      clean: [
        'Cancel anytime in your account',
        'Order cancelled',
        'Questions? Call our toll-free line.',
        'Cancel anytime online in your account',
      ],
    },
    zh: {
      flagged: ['取消会员需致电客服', '如需退订,请拨打400-123-4567'],
      clean: ['随时在线取消', '订单已取消'],
    },
    fi: {
      flagged: ['Tilauksen voi perua soittamalla asiakaspalveluun', 'Irtisanominen tehdään kirjallisesti'],
      clean: ['Peruutusehdot', 'Voit perua tilauksen verkossa milloin tahansa'],
    },
  },
});
