import { defineConfig } from 'vitest/config';
import { LastSequencer } from './tests/e2e/last-sequencer.ts';

/** Unit files that mock modules (electron, electron-store, the lazily loaded readers) or globals: each gets its own module graph. */
const MOCKING = ['tests/main/**/*.test.ts', 'tests/core/corpus/formats/lazy-readers.test.ts', 'tests/renderer/lib/http-api.test.ts', 'tests/core/align/newsroom.test.ts'];

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on these two-core machines, so every
    // file ran after the other. Two keep both cores busy (much of a file's time is waiting on a
    // worker thread, the host or the browser, so two files share the cores well).
    maxWorkers: 2,
    pool: 'threads',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/electron/**', 'tests/package/**', ...MOCKING],
          environment: 'node',
          // ceilings, not waits: every test waits on events or states, and on a loaded machine
          // (the suite beside other work on two cores) what takes 1 s idle can take 10
          testTimeout: 30_000,
          expect: { poll: { timeout: 20_000, interval: 20 } },
          // the unit files mock no module and leave no global changed: they share a module graph per
          // worker instead of importing the core again for every file
          isolate: false,
        },
      },
      {
        test: {
          name: 'unit-mocks',
          include: MOCKING,
          environment: 'node',
          testTimeout: 30_000,
          expect: { poll: { timeout: 20_000, interval: 20 } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/electron/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // a loaded CI machine is slower than a workstation: a state the UI reaches must get time to
          // appear (a ceiling: the poll ends as soon as the state is there)
          expect: { poll: { timeout: 30_000 } },
          hookTimeout: 120_000,
          fileParallelism: true,
          // Each file starts its own host and page and mocks nothing, so files need no fresh module
          // graph each: sharing one per worker saves importing Playwright and the support code
          // again for every file (e2e 104 s -> 74 s on an idle two-core machine).
          isolate: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
          sequence: { sequencer: LastSequencer },
        },
      },
      {
        // packs the app with electron-builder (10-20 s): `npm run test:package`, not `npm test`
        test: {
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          environment: 'node',
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
