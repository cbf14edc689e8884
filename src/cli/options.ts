/**
 * Every command reads its arguments with `node:util`'s `parseArgs` through `readOptions`, which
 * turns the parser's errors into UsageErrors (so the dispatcher prints the usage line) worded as
 * the commands always worded them ("unknown option --x", "--out needs a value"). The options more
 * than one command takes are defined here once.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from './command';

/** `--json`: one JSON document on stdout instead of text. */
export const JSON_OPTION = { json: { type: 'boolean', default: false } } as const;

/** `--out FILE`: where a command writes its file. */
export const OUT_OPTION = { out: { type: 'string' } } as const;

/** `--quiet`: no progress on stderr. */
export const QUIET_OPTION = { quiet: { type: 'boolean', default: false } } as const;

/**
 * Marks an argument that node's parser would read as short options (`-iraq`: `-i -r -a -q`) as a
 * word. A command line cannot hold a NUL character, so the mark cannot collide with a real word.
 */
const WORD_MARK = '\u0000';

export interface ReadOptionsConfig {
  /**
   * Arguments with a single leading dash are words, not options (a search query's `-iraq`
   * excludes a word); the commands define no short options.
   */
  dashWords?: boolean;
}

/** The error a command prints for one of node's parse errors. */
export function usageErrorOf(error: unknown): UsageError {
  if (error instanceof UsageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return new UsageError(`unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /argument (?:missing|is ambiguous)/.test(message)) {
    return new UsageError(`${option} needs a value`);
  }
  return new UsageError(message.split('\n')[0]!);
}

const unmark = (s: string) => (s.startsWith(WORD_MARK) ? s.slice(WORD_MARK.length) : s);

/**
 * `parseArgs` with positionals allowed and strict options: the values of `options` and the
 * positionals in order (those after `--` included). Throws a UsageError for a mistake.
 */
export function readOptions<const O extends ParseArgsOptionsConfig>(args: string[], options: O, config: ReadOptionsConfig = {}) {
  const end = args.indexOf('--');
  const head = end < 0 ? args : args.slice(0, end);
  const marked = config.dashWords ? [...head.map((a) => (/^-[^-]/.test(a) ? WORD_MARK + a : a)), ...(end < 0 ? [] : args.slice(end))] : args;
  let parsed;
  try {
    parsed = parseArgs({ args: marked, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageErrorOf(error);
  }
  if (!config.dashWords) return parsed;
  const values = parsed.values as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') values[key] = unmark(value);
    else if (Array.isArray(value)) values[key] = value.map((v) => (typeof v === 'string' ? unmark(v) : v));
  }
  return { values: parsed.values, positionals: parsed.positionals.map(unmark) };
}
