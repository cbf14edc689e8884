/**
 * Human output of the command line never carries a terminal's control sequences from a file: a
 * title that clears the screen, retitles the window or writes the clipboard (OSC 52), a file name
 * with a newline in it. Each is shown escaped; the JSON output stays as it was (already escaped).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliCommand } from '../../src/cli/command';
import { compare } from '../../src/cli/commands/compare';
import { reuse } from '../../src/cli/commands/reuse';
import { search } from '../../src/cli/commands/search';
import { printable } from '../../src/cli/terminal';

const CLEAR = '\u001b[2J';
const TITLE = '\u001b]0;pwned\u0007';
const CLIPBOARD = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const CSI8 = '\u009b31m';
const ANY_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

async function run(command: CliCommand, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command.run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, lines: [...out, ...err] };
}

describe('printable', () => {
  it('writes control characters out as escapes and leaves the rest alone', () => {
    expect(printable(`a${CLEAR}b\nc\td\u0000é “quoted” عربي`)).toBe('a\\x1b[2Jb\\nc\\td\\x00é “quoted” عربي');
    expect(printable(CSI8)).toBe('\\x9b31m');
    expect(printable('line\u2028break')).toBe('line\\u2028break');
  });
});

describe.skipIf(process.platform === 'win32')('command line output of hostile files', () => {
  let folder: string;
  let dataDir: string;
  const hostileName = `evil${CLEAR}\nname.txt`;
  const shared =
    'The committee published its findings on the reservoir after eleven months of hearings, naming three contractors whose concrete failed every inspection.';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-cli-hostile-'));
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-cli-hostile-data-'));
    process.env.PARALLAX_DATA_DIR = dataDir;
    writeFileSync(join(folder, hostileName), `Reservoir ${TITLE}report${CLIPBOARD}\n\n${shared} ${CLEAR}Reservoir ${CSI8}again.\n`);
    writeFileSync(join(folder, 'plain.txt'), `Contractors named\n\nCouncillors were angry. ${shared}\n`);
    writeFileSync(join(folder, `binary${CLEAR}.txt`), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 1]));
  });
  afterAll(() => {
    delete process.env.PARALLAX_DATA_DIR;
    rmSync(folder, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  const escapedName = 'evil\\x1b[2J\\nname.txt';
  const escapedTitle = 'Reservoir \\x1b]0;pwned\\x07report\\x1b]52;c;cm0gLXJmIH4=\\x07';
  it.each([
    ['search', () => run(search, [folder, 'reservoir']), [escapedName, escapedTitle]],
    ['compare', () => run(compare, [join(folder, hostileName), join(folder, 'plain.txt')]), [`A: ${escapedTitle}`]],
    ['reuse', () => run(reuse, [folder]), [escapedName, 'skipped binary\\x1b[2J.txt: binary file, not text']],
  ])('%s prints no control character, each shown escaped on its own line', async (_name, go, shown) => {
    const { code, lines } = await go();
    expect(code).toBe(0);
    for (const line of lines) expect(line).not.toMatch(ANY_CONTROL);
    for (const text of shown) expect(lines.some((line) => line.includes(text))).toBe(true);
  });

  it('leaves JSON output parseable and exact', async () => {
    const { lines } = await run(search, [folder, 'reservoir', '--json']);
    const result = JSON.parse(lines[0]!);
    expect(result.hits.map((h: { id: string }) => h.id)).toContain(hostileName);
  });
});
