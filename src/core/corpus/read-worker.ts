/**
 * Worker-thread entry of the read pool (read-pool.ts): reads, decodes and parses a batch of a
 * folder's text and Markdown files and answers with what each gave. The Electron build bundles it
 * as its own entry (`read-worker.js` beside the bundle that starts it).
 */
import { serveThread } from '../threads/serve-thread';
import { readBatch, type ReadBatch, type ReadResult } from './read-pool';

serveThread<ReadBatch, ReadResult, number>((batch) => readBatch(batch));
