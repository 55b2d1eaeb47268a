// Lint: TypeScript, linear-time regular expressions, React hooks, and the architecture's one-way layering.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layering (DESIGN.md): entrypoints -> src/page, src/ui -> src/tactics -> src/core, src/price. A layer never
// imports one above it; the pure layers import nothing from the browser or React.
const ABOVE_PAGE = ['**/entrypoints/**', '**/ui', '**/ui/**'];
const ABOVE_TACTICS = [
  ...ABOVE_PAGE,
  '**/nlp',
  '**/nlp/**',
  '**/page',
  '**/page/**',
  '**/messages',
  '**/settings',
  '**/cli',
  '**/cli/**',
];
const ABOVE_CORE = [...ABOVE_TACTICS, '**/tactics', '**/tactics/**'];
const BROWSER_AND_UI = ['wxt', 'wxt/*', '@wxt-dev/*', 'react', 'react-dom', 'react-dom/*', 'happy-dom', 'compromise'];

const restrict = (groups, message) => ['error', { patterns: [{ group: groups, message }] }];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'web-ext-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Super-linear backtracking is a denial-of-service vector on hostile page text.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Page text is never inserted as HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never insert text as HTML; use textContent or React.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never insert text as HTML.',
        },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert text as HTML.' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Tests build fixture markup from literals, never from page text.
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off', 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/core/**/*.ts', 'src/price/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...ABOVE_CORE, ...BROWSER_AND_UI],
        'src/core and src/price are pure: no DOM, browser, React or upper layers.',
      ),
    },
  },
  {
    files: ['src/tactics/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...ABOVE_TACTICS, ...BROWSER_AND_UI],
        'src/tactics depends only on src/core and src/price.',
      ),
    },
  },
  {
    files: ['src/nlp/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...ABOVE_PAGE, '**/page', '**/page/**', 'wxt', 'wxt/*', 'react', 'react-dom'],
        'src/nlp is pure (compromise over text), above the catalogue and below the adapters.',
      ),
    },
  },
  {
    // The content scripts run on every shop page within a size budget: src/page and the entry points take
    // types only from the catalogue, messages and settings (their zod schemas and prose stay out).
    files: ['src/page/**/*.ts', 'entrypoints/page-gate.ts', 'entrypoints/page-scanner.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...ABOVE_PAGE.filter((p) => !p.includes('entrypoints')),
                'react',
                'react-dom',
                'react-dom/*',
                'compromise',
                'zod',
                'zod/*',
              ],
              message: 'src/page is the DOM adapter: no UI, no compromise or zod on the page thread.',
            },
            {
              group: ['**/tactics', '**/tactics/**', '**/nlp', '**/nlp/**', '**/messages', '**/settings'],
              allowTypeImports: true,
              message: 'The content script bundle takes only types from the catalogue, messages and settings.',
            },
          ],
        },
      ],
    },
  },
  {
    // The gate script must not touch the extension API on a page that is not a shop (wxt/browser does when it
    // loads) nor build match patterns: src/page/handoff.ts extensionApi, src/shop-hosts.ts isShopAddress.
    files: ['entrypoints/page-gate.ts', 'src/page/handoff.ts', 'src/page/shop-watch.ts', 'src/page/shop-gate.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['wxt/browser', 'wxt/utils/match-patterns', '**/added-sites', '**/page/scanner', '**/page/wire'],
        'The gate script stays small and off the extension API until the page is a shop.',
      ),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/entrypoints/**', '**/page', '**/page/**'],
        'src/ui renders; it does not touch the page DOM or entrypoints.',
      ),
    },
  },
  {
    files: ['src/messages.ts', 'src/settings.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...ABOVE_PAGE, '**/page', '**/page/**', 'react', 'react-dom'],
        'messages and settings sit below the adapters.',
      ),
    },
  },
);
