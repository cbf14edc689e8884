import type { CliCommand } from '../command';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [];
