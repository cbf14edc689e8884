/**
 * Parallax on the command line: `npm run -s cli -- <command> [args]`. Results go to stdout,
 * progress and errors to stderr, so `--json` output can be piped.
 */
import { UsageError, type CliIo } from './command';
import { commands } from './commands/index';
import { printable } from './terminal';

const io: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'usage: npm run -s cli -- <command> [args]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Caches and settings live in the app data directory; PARALLAX_DATA_DIR overrides it.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`parallax: unknown command "${printable(name)}"\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`parallax ${name}: ${printable(error.message)}\nusage: npm run -s cli -- ${name} ${command.usage}`);
      return 2;
    }
    // messages name files, whose names may hold control characters
    io.err(`parallax ${name}: ${printable(error instanceof Error ? error.message : String(error))}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
