/** A format's reader run on the calling thread: what the extraction workers and small jobs call. */
import type { SourceFormat } from '../../../shared/article';
import { FORMATS } from './registry';
import type { Extraction } from './types';

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
