// The catalogue: one file per tactic, file name = tactic id. Adding a tactic means writing its file and
// listing it here; test/unit/catalogue.test.ts fails on a file that is not listed or is incomplete.

import { createDetector } from '../core/detect';
import type { TacticDefinition } from '../core/types';
import bogo from './bogo';
import bonusPoints from './bonus-points';
import complimentaryExtra from './complimentary-extra';
import effortStory from './effort-story';
import freeGift from './free-gift';
import freeSample from './free-sample';
import freeShipping from './free-shipping';
import freeShippingThreshold from './free-shipping-threshold';
import freeTrial from './free-trial';
import reservedCoupon from './reserved-coupon';
import secondItemDiscount from './second-item-discount';

export const catalogue: readonly TacticDefinition[] = [
  bogo,
  bonusPoints,
  complimentaryExtra,
  effortStory,
  freeGift,
  freeSample,
  freeShipping,
  freeShippingThreshold,
  freeTrial,
  reservedCoupon,
  secondItemDiscount,
];

export const tacticsById: ReadonlyMap<string, TacticDefinition> = new Map(catalogue.map((t) => [t.id, t]));

/** The detector over the whole catalogue, shared by the content script, the command line and the tests. */
export const detector = createDetector(catalogue);
