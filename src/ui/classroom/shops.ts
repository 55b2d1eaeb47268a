import type { Lang } from '../../core/vocabulary';
import type { Shop } from './shop-data';
import { shopEn } from './shop-en';
import { shopFi } from './shop-fi';
import { shopZh } from './shop-zh';

export const SHOPS: Record<Lang, Shop> = { en: shopEn, zh: shopZh, fi: shopFi };
