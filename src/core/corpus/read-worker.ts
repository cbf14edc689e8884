/**
 * Worker-thread entry of the read pool (read-pool.ts): reads, decodes and parses a batch of a
 * folder's text and Markdown files and answers with what each gave, the texts in one block. The Electron build bundles it
 * as its own entry (`read-worker.js` beside the bundle that starts it).
 */
import { serveThread } from '../threads/serve-thread';
import { readPacked, type PackedResult, type ReadBatch } from './read-pool';
import { transferOf } from './text-block';

// the texts' buffers move to the caller instead of being copied
serveThread<ReadBatch, PackedResult, number>((batch) => readPacked(batch), { transfer: (result) => transferOf(result.texts) });
