// Lint: TypeScript and Svelte recommended rules, plus the import boundaries of the architecture
// (GUIDE.md): core and shared never reach Electron, Svelte or the DOM; shared imports nothing but itself;
// the renderer never reaches Node, main, core or the hosts.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const electronAndUi = [
  { name: 'electron', message: 'core/shared/server/cli run without Electron: keep Electron in src/main and src/preload.' },
  { name: 'electron-store', message: 'Use core/app/settings with a store passed in.' },
  { name: 'svelte', message: 'core/shared never import Svelte.' },
];

export default ts.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'svelte/no-at-html-tags': 'error',
      // text from converted web pages carries control characters (U+0019 as an apostrophe, NUL
      // in binary files): the text layer matches them on purpose
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['src/core/**', 'src/server/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: electronAndUi, patterns: [{ group: ['svelte/*'], message: 'No Svelte outside the renderer.' }] }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        // shared is the contract and the pure rules both sides apply: it may import its own files, nothing else
        { patterns: [{ regex: '^(?![.]/)', message: 'src/shared imports nothing outside src/shared.' }] },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'The renderer never touches Node: go through lib/api.ts.' },
            { group: ['electron', 'electron/*', 'electron-store'], message: 'The renderer reaches Electron only through window.parallax (lib/api.ts).' },
            { group: ['**/main/**', '**/core/**', '**/server/**', '**/preload/**', '**/cli/**'], message: 'The renderer may import only from src/shared (types) and itself.' },
          ],
        },
      ],
    },
  },
  {
    // the search command line scans a folder and reads its saved index without parsing pages:
    // the scan must not pull in the parser (chrono, mdast), which doubles that command's start-up
    files: ['src/core/corpus/scan.ts', 'src/core/search/folder-index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // this override replaces the core's rule for these files: it repeats the core's paths
          paths: electronAndUi,
          patterns: [
            { group: ['svelte/*'], message: 'No Svelte outside the renderer.' },
            {
              group: ['./load-article', './parse-article', './metadata', './dates', '../corpus/load-article', '../corpus/parse-article'],
              message: 'Keep the parser out of the scan and the saved-index path.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
