/**
 * Saving an exported comparison from the page: a Blob behind a temporary `<a download>`. In a
 * browser that is the ordinary download; in Electron it goes through the session's download
 * handling. Neither needs a network request or a file path from the renderer.
 */
import type { ExportedFile } from '../../../shared/api';
import type { AlignOptions } from '../../../shared/comparison';
import { api } from './api';
import { app } from './app-state.svelte';

export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has taken its copy once click() returns; revoke after the event loop turns
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Exports the comparison of `a` and `b` as `format` and downloads it: what to announce, or null when it failed (the error shown). */
export async function exportComparison(a: string, b: string, format: 'html' | 'json', options?: AlignOptions): Promise<string | null> {
  const result = await api.exportComparison(a, b, format, options);
  if (!result.ok) {
    app.error = result.error.message;
    return null;
  }
  downloadFile(result.value);
  return `Exported ${result.value.name}.`;
}
