// When the content script's bundle began to run: the first module it evaluates (page-scanner.ts imports it
// first), so the first measure counts the bundle's own top-level code as well as main().
export const SCRIPT_STARTED_AT = typeof performance === 'undefined' ? 0 : performance.now();
