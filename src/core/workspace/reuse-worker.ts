/**
 * Worker-thread entry of the folder-wide reuse run (reuse-threads.ts): aligns the pairs of each job
 * it is given and answers with their figures, reporting the pairs done as it goes. The Electron
 * build bundles it as its own entry (`reuse-worker.js` beside the bundle that starts it).
 */
import { serveThread } from '../threads/serve-thread';
import { countBuffers, countsOf, PairAligner, WORKER_KEPT, type ArticleCounts, type ReuseJob, type ReuseJobResult } from './reuse-pairs';

const aligner = new PairAligner(WORKER_KEPT);

serveThread<ReuseJob, ReuseJobResult, number>(
  (job, progress) => (job.kind === 'count' ? job.articles.map(countsOf) : aligner.align(job, progress)),
  // the counts' buffers move to the run's thread (pair figures are small, and copied)
  { transfer: (result) => (result[0] && 'grams' in result[0] ? countBuffers(result as ArticleCounts[]) : []) },
);
