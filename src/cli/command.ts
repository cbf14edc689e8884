/** The shape of one CLI command: `npm run -s cli -- <name> ...args`. */

export interface CliIo {
  /** One line of the command's result on stdout. */
  out(line: string): void;
  /** One line of diagnostics or progress on stderr. */
  err(line: string): void;
}

export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Argument synopsis, e.g. `<folder> <query> [--json]`. */
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Thrown for a mistake in how the command was called; the dispatcher prints usage. */
export class UsageError extends Error {}
