// When a content script's bundle began to run: the first module it evaluates (entrypoints/page-gate.ts and
// page-scanner.ts both import it first; each bundle has its own copy, so its own clock), so the first measure
// counts each bundle's own top-level code as well as its main().
export const SCRIPT_STARTED_AT = typeof performance === 'undefined' ? 0 : performance.now();
