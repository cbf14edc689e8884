import { defineConfig } from 'vitest/config';
import { LastSequencer } from './tests/e2e/last-sequencer.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/electron/**', 'tests/package/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/electron/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // a loaded CI machine is slower than a workstation: a state the UI reaches must get time to appear
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 120_000,
          fileParallelism: false,
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
