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

/** The value of the option at `args[at - 1]`, which is `args[at]`; a UsageError when it is missing. */
export function optionValue(args: string[], at: number): string {
  const value = args[at];
  if (value === undefined) throw new UsageError(`${args[at - 1]} needs a value`);
  return value;
}
