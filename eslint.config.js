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

/** The rule's options: Electron, electron-store and Svelte are out, plus the given pattern groups. */
const restrict = (...groups) => [
  'error',
  { paths: electronAndUi, patterns: [{ group: ['svelte/*'], message: 'No Svelte outside the renderer.' }, ...groups.flat()] },
];

// Inside core, imports point one way: text -> corpus/align -> search, story, export, passim ->
// workspace -> eval, host (GUIDE.md).
const folders = (...names) => names.map((n) => `**/${n}/**`);
/** Core never imports a host; only the host (and the evaluation harness) sit above the workspace. */
const CORE = [
  { group: folders('main', 'server', 'cli', 'preload', 'renderer'), message: 'core never imports a host (main, server, cli) or the UI.' },
];
const TEXT = [
  { group: folders('corpus', 'align', 'search', 'workspace', 'story', 'export', 'passim', 'eval', 'host'), message: 'core/text is the bottom layer: it imports no other part of core.' },
];
const CORPUS_ALIGN = [
  { group: folders('search', 'workspace', 'story', 'export', 'passim', 'eval', 'host'), message: 'corpus and align sit below search and the workspace: they import only text (and threads).' },
];
const SEARCH = [
  { group: folders('workspace', 'eval', 'host', 'story', 'export', 'passim'), message: 'search sits beside the workspace, below the host: the workspace is given a search service, search never reaches up.' },
];
const QUERY = [{ group: ['../service', '**/search/service'], message: 'The search service sits on top of index/ and query/: neither imports it.' }];
const INDEX = [{ group: folders('query'), message: 'search/index is below search/query: a query may import index types, never the reverse.' }];
const WORKSPACE = [
  { group: folders('search', 'eval', 'host'), message: 'The workspace is given its search service (createSearch) and sits below the host.' },
];
const STORY_EXPORT_PASSIM = [
  {
    group: folders('search', 'workspace', 'eval', 'host'),
    message: 'story, export and passim (the export to passim) sit beside search, below the workspace: they import text, corpus and align only.',
  },
];
const EVAL = [{ group: folders('host'), message: 'The evaluation harness drives the workspace as a host would, without one.' }];

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
    files: ['src/server/**', 'src/cli/**'],
    rules: { 'no-restricted-imports': restrict() },
  },
  // the layers inside core, each file group with every rule that applies to it (a later
  // no-restricted-imports replaces an earlier one for the same file, it does not add to it)
  { files: ['src/core/**'], rules: { 'no-restricted-imports': restrict(CORE) } },
  { files: ['src/core/text/**'], rules: { 'no-restricted-imports': restrict(CORE, TEXT) } },
  { files: ['src/core/corpus/**', 'src/core/align/**'], rules: { 'no-restricted-imports': restrict(CORE, CORPUS_ALIGN) } },
  { files: ['src/core/search/**'], rules: { 'no-restricted-imports': restrict(CORE, SEARCH) } },
  { files: ['src/core/search/query/**'], rules: { 'no-restricted-imports': restrict(CORE, SEARCH, QUERY) } },
  { files: ['src/core/search/index/**'], rules: { 'no-restricted-imports': restrict(CORE, SEARCH, QUERY, INDEX) } },
  { files: ['src/core/workspace/**'], rules: { 'no-restricted-imports': restrict(CORE, WORKSPACE) } },
  { files: ['src/core/story/**', 'src/core/export/**', 'src/core/passim/**'], rules: { 'no-restricted-imports': restrict(CORE, STORY_EXPORT_PASSIM) } },
  { files: ['src/core/eval/**'], rules: { 'no-restricted-imports': restrict(CORE, EVAL) } },
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
    files: ['src/core/corpus/scan.ts', 'src/core/search/index/folder-index.ts'],
    rules: {
      // this override replaces the layers' rule for these files: it repeats them
      'no-restricted-imports': restrict(CORE, CORPUS_ALIGN, SEARCH, QUERY, INDEX, [
        {
          group: ['./load-article', './parse-article', './metadata', './dates', '../../corpus/load-article', '../../corpus/parse-article'],
          message: 'Keep the parser out of the scan and the saved-index path.',
        },
      ]),
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
