// The catalogue: one file per tactic, file name = tactic id. Adding a tactic means writing its file and
// listing it here; test/unit/catalogue.test.ts fails on a file that is not listed or is incomplete.

import { createDetector } from '../core/detect';
import type { TacticDefinition } from '../core/types';
import activityNotification from './activity-notification';
import addOnUpsell from './add-on-upsell';
import bogo from './bogo';
import bonusPoints from './bonus-points';
import compareAt from './compare-at';
import complimentaryExtra from './complimentary-extra';
import confirmshaming from './confirmshaming';
import countdownTimer from './countdown-timer';
import downsell from './downsell';
import effortStory from './effort-story';
import exitOffer from './exit-offer';
import forcedEnrollment from './forced-enrollment';
import freeGift from './free-gift';
import freeSample from './free-sample';
import freeShipping from './free-shipping';
import freeShippingThreshold from './free-shipping-threshold';
import freeTrial from './free-trial';
import gatedDiscount from './gated-discount';
import hardToCancel from './hard-to-cancel';
import hiddenCosts from './hidden-costs';
import hiddenSubscription from './hidden-subscription';
import highDemand from './high-demand';
import limitedTime from './limited-time';
import listPrice from './list-price';
import lowStock from './low-stock';
import managerApproved from './manager-approved';
import priceLoweredForYou from './price-lowered-for-you';
import protectionUpsell from './protection-upsell';
import reservedCoupon from './reserved-coupon';
import secondItemDiscount from './second-item-discount';
import sneakIntoBasket from './sneak-into-basket';
import trickQuestion from './trick-question';
import valueClaim from './value-claim';
import wasPrice from './was-price';

export const catalogue: readonly TacticDefinition[] = [
  activityNotification,
  addOnUpsell,
  bogo,
  bonusPoints,
  compareAt,
  complimentaryExtra,
  confirmshaming,
  countdownTimer,
  downsell,
  effortStory,
  exitOffer,
  forcedEnrollment,
  freeGift,
  freeSample,
  freeShipping,
  freeShippingThreshold,
  freeTrial,
  gatedDiscount,
  hardToCancel,
  hiddenCosts,
  hiddenSubscription,
  highDemand,
  limitedTime,
  listPrice,
  lowStock,
  managerApproved,
  priceLoweredForYou,
  protectionUpsell,
  reservedCoupon,
  secondItemDiscount,
  sneakIntoBasket,
  trickQuestion,
  valueClaim,
  wasPrice,
];

export const tacticsById: ReadonlyMap<string, TacticDefinition> = new Map(catalogue.map((t) => [t.id, t]));

/** The detector over the whole catalogue, shared by the content script, the command line and the tests. */
export const detector = createDetector(catalogue);
