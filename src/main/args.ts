/**
 * The folder given on the command line: `npm start -- <folder>` runs `electron . <folder>`; a
 * packaged app gets it as its first argument. Chromium switches (`--foo`) are not folders.
 */
import { isAbsolute, resolve } from 'node:path';

export function folderArgument(argv: string[], packaged: boolean, cwd: string): string | null {
  const rest = argv.slice(packaged ? 1 : 2).filter((a) => !a.startsWith('-'));
  const folder = rest[0];
  if (!folder) return null;
  return isAbsolute(folder) ? folder : resolve(cwd, folder);
}

/** What a second instance hands the first: the folder it was asked to open, already resolved. */
export interface InstanceData {
  folder: string | null;
}

/**
 * The folder a second instance asks the running one to open. Electron may reorder that
 * instance's argv and append switches to it, so the folder it resolved itself (sent as the lock's
 * additional data) comes first; its argv, read against its working directory, is the fallback.
 */
export function secondInstanceFolder(data: unknown, argv: string[], packaged: boolean, cwd: string): string | null {
  if (isInstanceData(data)) return data.folder;
  return folderArgument(argv, packaged, cwd);
}

function isInstanceData(data: unknown): data is InstanceData {
  if (typeof data !== 'object' || data === null || !('folder' in data)) return false;
  const { folder } = data;
  return folder === null || (typeof folder === 'string' && isAbsolute(folder));
}
