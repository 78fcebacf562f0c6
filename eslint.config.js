/**
 * Lint rules: the recommended sets of ESLint, typescript-eslint and
 * eslint-plugin-astro, and the boundaries between the pipeline and the site.
 * Pages, components, layouts, site helpers and browser code read published
 * data through `src/data` and never import the pipeline or the evaluation
 * (what they show, the build computed and published); the pipeline never
 * imports site or browser code. tests/site/boundaries.test.ts checks that
 * the site reads no file under content/ or tests/ either. The search's page
 * code (`src/search/browser`) and what it shares with the index builder
 * (`src/search/shared`) run in the browser: no pipeline, no build-time
 * search code, no Node built-ins; build-time search code
 * (`src/search/build`) does not reach into the page's code either, only
 * into `src/search/shared`.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

const pipelineFromSite = {
  group: ['**/pipeline/**', '**/eval/**'],
  message:
    "Pages, components, layouts, site helpers and browser code read the pipeline's output and its measured quality through src/data (published files), not src/pipeline or src/eval.",
};
const siteFromPipeline = {
  group: ['**/browser/**', '**/components/**', '**/pages/**', '**/layouts/**', '**/site/**', '**/search/browser/**'],
  message:
    'The pipeline does not import site or browser code; shared pure code belongs in src/model, published shapes in src/data.',
};
// `../build/**` and `../browser/**`: the sibling folders as seen from inside src/search.
const searchBuildFromBrowser = {
  group: ['**/search/build/**', '../build/**'],
  message:
    'Code that runs in the page does not import build-time search code (src/search/build); what both sides need belongs in src/search/shared.',
};
const nodeFromBrowser = {
  group: ['node:*'],
  message: 'src/search/browser and src/search/shared run in the page: no Node built-ins.',
};
const searchBrowserFromOthers = {
  group: ['**/search/browser/**', '../browser/**'],
  message:
    "src/search/shared and src/search/build do not import the search page's code (src/search/browser); move what both sides need into src/search/shared.",
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'public/',
      'node_modules/',
      '.astro/',
      'content/',
      'src/env.d.ts',
      'src/generated/',
      'tests/artifacts/',
      'bench-results/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts,astro}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        document: 'readonly',
        window: 'readonly',
      },
    },
    rules: {
      // `a && b()` and `c ? d() : e()` as statements are the house style for one-line branches.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // The ideographic space (U+3000) in Chinese text, strings and comments is typography, not a typo.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipComments: true, skipTemplates: true, skipJSXText: true, skipRegExps: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**', 'src/site/**', 'src/browser/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pipelineFromSite] }] },
  },
  {
    files: ['src/search/browser/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pipelineFromSite, searchBuildFromBrowser, nodeFromBrowser] }],
    },
  },
  {
    files: ['src/search/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [pipelineFromSite, searchBuildFromBrowser, nodeFromBrowser, searchBrowserFromOthers] },
      ],
    },
  },
  {
    files: ['src/search/build/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [searchBrowserFromOthers] }] },
  },
  {
    files: ['src/pipeline/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [siteFromPipeline] }] },
  },
);
