import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

// Worker entries are emitted next to the main bundle under these names: the code that starts them
// resolves `./<name>.js` relative to its own bundle (see src/core/threads/spawn-worker.ts).
const workers = {
  'workspace-worker': resolve('src/core/host/workspace-worker.ts'),
  'search-worker': resolve('src/core/search/index/search-worker.ts'),
  'align-worker': resolve('src/core/eval/align-worker.ts'),
  'extract-worker': resolve('src/core/corpus/formats/extract-worker.ts'),
  'read-worker': resolve('src/core/corpus/read-worker.ts'),
  'reuse-worker': resolve('src/core/workspace/reuse-worker.ts'),
};

// The command line and the browser host are built with the app, beside its workers, so that they
// start as plain Node programs (no TypeScript loader): `npm run cli` and `npm run serve` run these.
const nodePrograms = {
  cli: resolve('src/cli/main.ts'),
  serve: resolve('src/server/main.ts'),
};

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts'), ...workers, ...nodePrograms },
        // shared chunks sit beside the entries, so `./<worker>.js` resolves the same from any of them
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // a sandboxed preload cannot load ES modules
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [svelte()],
    build: {
      rolldownOptions: { input: resolve('src/renderer/index.html') },
    },
  },
});
