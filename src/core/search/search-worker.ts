/**
 * Worker-thread entry of the search index build: receives build jobs, answers with progress and
 * encoded shards. The Electron build bundles it as its own entry (`search-worker.js` next to the
 * bundle that starts it); under tsx and vitest it runs from source (`worker-pool.ts`).
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type BuildJob } from './build-job';

export type WorkerRequest = { id: number; job: BuildJob };
export type WorkerReply =
  | { id: number; type: 'progress'; done: number }
  | { id: number; type: 'done'; result: Awaited<ReturnType<typeof runJob>> }
  | { id: number; type: 'error'; message: string };

/** Articles between two progress messages: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 25;

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    let last = 0;
    const progress = (done: number) => {
      if (done - last >= PROGRESS_EVERY) {
        last = done;
        port.postMessage({ id: request.id, type: 'progress', done } satisfies WorkerReply);
      }
    };
    runJob(request.job, progress).then(
      (result) => {
        // the shard's bytes move to the caller instead of being copied
        const buffer = result.bytes.buffer as ArrayBuffer;
        port.postMessage({ id: request.id, type: 'done', result } satisfies WorkerReply, [buffer]);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        port.postMessage({ id: request.id, type: 'error', message } satisfies WorkerReply);
      },
    );
  });
}
