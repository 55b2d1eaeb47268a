// The thorough detector: the catalogue plus the heavier normalizers (compromise). Used where time and
// bundle size allow it: the command line, the evaluation and the background, never the content script.
import { createDetector } from '../core/detect';
import { catalogue } from '../tactics';
import { englishNumberWords } from './english-numbers';

export const thoroughDetector = createDetector(catalogue, { normalizers: [englishNumberWords] });
