/**
 * Worker-thread entry of the extraction pool: reads one file's bytes with its format's reader and
 * answers with the extraction. A parse that runs too long is stopped by terminating this thread
 * (extract-pool.ts), the one way to stop synchronous work such as a DOM build.
 */
import { parentPort } from 'node:worker_threads';
import type { SourceFormat } from '../../../shared/article';
import { FORMATS } from './registry';
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

/** Runs a format's reader on this thread; a reader that throws gives a refusal, not an error. */
export async function extractHere(format: SourceFormat, bytes: Uint8Array, name: string, onStart?: () => void): Promise<Extraction> {
  const entry = FORMATS.find((f) => f.format === format);
  if (!entry) return { ok: false, reason: `no reader for ${format}` };
  try {
    const reader = await entry.load();
    onStart?.();
    return await reader.extract(bytes, name);
  } catch (error) {
    return { ok: false, reason: `could not be read (${(error instanceof Error ? error.message : String(error)).slice(0, 120)})` };
  }
}
