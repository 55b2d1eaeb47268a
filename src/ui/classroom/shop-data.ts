// The classroom's demo shop: invented product pages, one shop per language, that together show every tactic
// family. Each cue names the family and the tactic it demonstrates; test/unit/ui-classroom.test.ts checks that
// every family appears in every language and that the detector finds each cue whose tactic is in the catalogue.
import type { Family, Lang } from '../../core/vocabulary';

/** How a cue is drawn on the product page. */
export type CueLook = 'badge' | 'banner' | 'note' | 'timer' | 'checkbox' | 'decline' | 'exit' | 'fine' | 'price';

export interface ShopCue {
  /** Stable within a shop: `${lang}-${n}`. */
  id: string;
  family: Family;
  /** The tactic id it demonstrates (a catalogue id, or the id the catalogue will use). */
  tactic: string;
  text: string;
  look: CueLook;
}

export interface ShopProduct {
  id: string;
  name: string;
  category: string;
  rating: string;
  description: string;
  /** The reference price shown struck through, and the current price, as the page writes them. */
  wasPrice?: string;
  price: string;
  art: 'jacket' | 'kettle' | 'headphones';
  cues: ShopCue[];
  addToCart: string;
}

export interface Shop {
  lang: Lang;
  name: string;
  tagline: string;
  nav: string[];
  products: ShopProduct[];
}

export function allCues(shop: Shop): ShopCue[] {
  return shop.products.flatMap((p) => p.cues);
}

/** One cue per family, in the fixed family order: the steps of the lesson and the questions of the quiz. */
export function cuePerFamily(shop: Shop, families: readonly Family[]): ShopCue[] {
  return families.flatMap((family) => {
    const cue = allCues(shop).find((c) => c.family === family);
    return cue ? [cue] : [];
  });
}
