/**
 * One Parallax search command run on its own, without the CLI's command list: the same code as
 * `src/cli/main.ts index|search`, minus loading every other command's modules at start-up. The
 * bench shows both, so the cost of that start-up is visible apart from the search engine's.
 * Usage: node --import tsx bench/peers/parallax-command.ts index|search <args...>
 */
import type { CliCommand } from '../../src/cli/command';

const [name, ...args] = process.argv.slice(2);
const command: CliCommand =
  name === 'index'
    ? (await import('../../src/cli/commands/index-folder')).indexFolder
    : name === 'search'
      ? (await import('../../src/cli/commands/search')).search
      : (() => {
          throw new Error('usage: parallax-command.ts index|search <args...>');
        })();
process.exitCode = await command.run(args, {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
