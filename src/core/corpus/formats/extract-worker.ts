/**
 * Worker-thread entry of the extraction pool (never imported by other modules: it listens on the
 * thread's port as soon as it loads): reads one file's bytes with its format's reader and
 * answers with the extraction. A parse that runs too long is stopped by terminating this thread
 * (extract-pool.ts), the one way to stop synchronous work such as a DOM build.
 */
import { parentPort } from 'node:worker_threads';
import type { SourceFormat } from '../../../shared/article';
import { extractHere } from './extract-here';
import type { Extraction } from './types';

export type ExtractRequest = { id: number; format: SourceFormat; bytes: Uint8Array; name: string };
export type ExtractReply = { id: number; extraction: Extraction } | { id: number; started: true };

const port = parentPort;
if (port) {
  port.on('message', (request: ExtractRequest) => {
    // the clock runs from when the reader is loaded: starting a thread and loading pdf.js are
    // not the file's fault
    const started = () => port.postMessage({ id: request.id, started: true } satisfies ExtractReply);
    void extractHere(request.format, request.bytes, request.name, started).then((extraction) =>
      port.postMessage({ id: request.id, extraction } satisfies ExtractReply),
    );
  });
}
