/**
 * Worker-thread entry of the search index build: answers build jobs with encoded shards,
 * reporting articles done meanwhile. The Electron build bundles it as its own entry
 * (`search-worker.js` next to the bundle that starts it); under tsx and vitest it runs from
 * source (`worker-pool.ts`).
 */
import { serveThread } from '../../threads/serve-thread';
import { runJob, type BuildJob, type BuildResult } from './build-job';

/** Articles between two progress messages: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 25;

serveThread<BuildJob, BuildResult, number>(
  (job, progress) => {
    let last = 0;
    return runJob(job, (done) => {
      if (done - last >= PROGRESS_EVERY) {
        last = done;
        progress(done);
      }
    });
  },
  // the shard's bytes move to the caller instead of being copied
  { transfer: (result) => [result.bytes.buffer as ArrayBuffer] },
);
