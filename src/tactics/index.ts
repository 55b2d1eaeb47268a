// The catalogue: one file per tactic, file name = tactic id. Adding a tactic means writing its file and
// listing it here; test/unit/catalogue.test.ts fails on a file that is not listed or is incomplete.

import { createDetector } from '../core/detect';
import type { TacticDefinition } from '../core/types';
import freeGift from './free-gift';

export const catalogue: readonly TacticDefinition[] = [freeGift];

export const tacticsById: ReadonlyMap<string, TacticDefinition> = new Map(catalogue.map((t) => [t.id, t]));

/** The detector over the whole catalogue, shared by the content script, the command line and the tests. */
export const detector = createDetector(catalogue);
