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
