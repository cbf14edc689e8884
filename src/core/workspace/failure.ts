/** Errors the workspace raises on purpose, carrying the contract's error code. */
import type { ApiError, ApiErrorCode, Result } from '../../shared/result';

export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The failure of asking for an article the open folder does not hold. */
export const noArticle = (id: string): ApiFailure => new ApiFailure('not-found', `No article "${id}" in this folder.`);

/** Runs `work` and wraps its value or its failure in a Result; unexpected errors become `internal`. */
export async function toResult<T>(work: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiFailure) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return { code: 'not-found', message: 'That folder does not exist.' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'unreadable', message: 'Permission denied.' };
  if (code === 'ENOTDIR') return { code: 'invalid-argument', message: 'That is a file, not a folder.' };
  if (error instanceof Error && error.name === 'AbortError') return { code: 'cancelled', message: 'Cancelled.' };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
