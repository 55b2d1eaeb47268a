// The dark-pattern tactics of Mathur et al. (2019) across tactics: the family each text gets, the hard
// negatives that must get none of these families, and hostile inputs that must stay fast.
import { describe, expect, it } from 'vitest';
import { MATHUR_FAMILIES, type Lang } from '../../src/core/vocabulary';
import { catalogue, detector } from '../../src/tactics';

const DARK_TACTICS = [
  'activity-notification',
  'add-on-upsell',
  'confirmshaming',
  'countdown-timer',
  'forced-enrollment',
  'gated-discount',
  'hard-to-cancel',
  'hidden-costs',
  'hidden-subscription',
  'high-demand',
  'limited-time',
  'low-stock',
  'protection-upsell',
  'sneak-into-basket',
  'trick-question',
];

function familiesOf(text: string, lang?: Lang): string[] {
  return [...new Set(detector.detectBlock({ id: 't', text, lang }).map((f) => f.family))];
}

function darkFamiliesOf(text: string, lang?: Lang): string[] {
  return familiesOf(text, lang).filter((f) => (MATHUR_FAMILIES as readonly string[]).includes(f));
}

describe('dark-pattern tactics', () => {
  it('are all in the catalogue', () => {
    const ids = catalogue.map((t) => t.id);
    for (const id of DARK_TACTICS) expect(ids).toContain(id);
  });

  // [text, family], with the language detected as the command line does.
  const flagged: Array<[string, string]> = [
    ['Deal ends in 4h 12m 09s', 'urgency'],
    ['Offer expires in 09:59', 'urgency'],
    ['00:15:07:45', 'urgency'],
    ['Sale ends Sunday', 'urgency'],
    ['Sale ending in 2 days', 'urgency'],
    ['For a limited period only', 'urgency'],
    ['限时特惠,今晚24点结束', 'urgency'],
    ['Tarjous voimassa vain tänään', 'urgency'],
    ['Only 2 left', 'scarcity'],
    ['Only a few left in stock', 'scarcity'],
    ['仅剩3件', 'scarcity'],
    ['Enää 2 kpl jäljellä', 'scarcity'],
    ['Selling fast', 'scarcity'],
    ['热卖中', 'scarcity'],
    ['Someone in Denver just bought this', 'social-proof'],
    ['6 people other than you have this product in their cart', 'social-proof'],
    ['月销10万+', 'social-proof'],
    ['Yli 500 asiakasta osti tämän viime viikolla', 'social-proof'],
    ["No thanks, I'd rather pay full price.", 'confirmshaming'],
    ["I'm not interested in saving money", 'confirmshaming'],
    ['残忍拒绝', 'confirmshaming'],
    ['Ei kiitos, maksan mieluummin täyden hinnan', 'confirmshaming'],
    ['Spin to win!', 'commitment'],
    ['Add fabric protection for just £80', 'pressured-selling'],
    ['Subscribe & Save', 'pressured-selling'],
    ['Free 60 day VIP trial membership with this order.', 'sneaking'],
    ['Order without free membership $69.95', 'sneaking'],
    ['To cancel, call us at 1-800-555-0100.', 'obstruction'],
    ['You must sign up to continue.', 'forced-action'],
    ["If you don't want to receive these emails, please tick this box.", 'forced-action'],
  ];

  it.each(flagged)('"%s" shows %s', (text, family) => {
    expect(familiesOf(text)).toContain(family);
  });

  const hardNegatives: string[] = [
    'Only ships to US',
    'Offer details',
    'Subscribe to our newsletter',
    'Limited warranty',
    'Limited Edition Colors',
    'Sold out',
    'Out of Stock!',
    'In stock',
    'Time: 12:00',
    'Open daily 10:00-18:00',
    'Add to cart',
    'Item has been added to your cart',
    'Write a review',
    'See all 48 reviews',
    '12 people found this helpful',
    'Sold by Acme and shipped from Denver',
    'Made in Portland, United States',
    'Not sold separately',
    'Supply & Demand',
    'Free shipping on orders over $50',
    'No thanks',
    'Log in / Create an account',
    'By clicking Sign Up, you agree to receive marketing text messages from us.',
    'Products are automatically delivered on your schedule. No obligation, modify or cancel your subscription anytime.',
    'Thin and tough - protects from minor scratches',
    'Protect your skin from UV rays',
    'Swipe left to see more',
    'Delivered in 3-5 business days',
    '有货',
    '已售罄',
    '加入购物车',
    'Varastossa',
    'Lisää ostoskoriin',
    'Toimitusaika 2-4 arkipäivää',
    // seen on the saved shop pages
    'Final sale items (with prices ending in $.99) cannot be returned.',
    'Pay with the Visa card ending in 4242',
    'Your Orders Your Lists Your Subscribe & Save Items',
    "I've always used the black one. I ordered the white one, because it is less visible.",
  ];

  it.each(hardNegatives)('"%s" shows no dark pattern', (text) => {
    expect(darkFamiliesOf(text)).toEqual([]);
  });

  it('quotes the words that showed the tactic', () => {
    const [finding] = detector
      .detectBlock({ id: 'b', text: 'Great socks. Hurry, only 2 left in stock!' })
      .filter((f) => f.tactic === 'low-stock');
    expect(finding?.evidence.toLowerCase()).toContain('only 2 left');
  });

  it('stays fast on hostile text', () => {
    const hostile = [
      '1 '.repeat(4000),
      '9'.repeat(8000),
      'only '.repeat(1600),
      'no thanks '.repeat(800),
      'cancel '.repeat(1100),
      "i don't want ".repeat(600),
      ': 1'.repeat(2600),
      'people are '.repeat(700),
      '仅剩'.repeat(4000),
      'ei kiitos '.repeat(800),
    ];
    const tactics = catalogue.filter((t) => DARK_TACTICS.includes(t.id));
    for (const text of hostile) {
      const started = performance.now();
      detector.detectBlock({ id: 'h', text });
      const ms = performance.now() - started;
      expect(ms, `${tactics.length} tactics on "${text.slice(0, 20)}..."`).toBeLessThan(250);
    }
  });
});
