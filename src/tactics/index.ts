// The catalogue: one file per tactic, file name = tactic id. Adding a tactic means writing its file and
// listing it here; test/unit/catalogue.test.ts fails on a file that is not listed or is incomplete.

import { createDetector } from '../core/detect';
import type { TacticDefinition } from '../core/types';
import bogo from './bogo';
import bonusPoints from './bonus-points';
import compareAt from './compare-at';
import complimentaryExtra from './complimentary-extra';
import downsell from './downsell';
import effortStory from './effort-story';
import exitOffer from './exit-offer';
import freeGift from './free-gift';
import freeSample from './free-sample';
import freeShipping from './free-shipping';
import freeShippingThreshold from './free-shipping-threshold';
import freeTrial from './free-trial';
import listPrice from './list-price';
import managerApproved from './manager-approved';
import priceLoweredForYou from './price-lowered-for-you';
import reservedCoupon from './reserved-coupon';
import secondItemDiscount from './second-item-discount';
import valueClaim from './value-claim';
import wasPrice from './was-price';

export const catalogue: readonly TacticDefinition[] = [
  bogo,
  bonusPoints,
  compareAt,
  complimentaryExtra,
  downsell,
  effortStory,
  exitOffer,
  freeGift,
  freeSample,
  freeShipping,
  freeShippingThreshold,
  freeTrial,
  listPrice,
  managerApproved,
  priceLoweredForYou,
  reservedCoupon,
  secondItemDiscount,
  valueClaim,
  wasPrice,
];

export const tacticsById: ReadonlyMap<string, TacticDefinition> = new Map(catalogue.map((t) => [t.id, t]));

/** The detector over the whole catalogue, shared by the content script, the command line and the tests. */
export const detector = createDetector(catalogue);
