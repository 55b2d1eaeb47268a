// Facts computed from the prices a text shows (was/now, badges, thresholds, BOGO, instalments).
import type { Fact } from '../core/facts';

/** Every price fact that can be read from one block of text. Stub until issue 4 lands. */
export function priceFacts(_text: string): Fact[] {
  return [];
}
