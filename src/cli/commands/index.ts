import type { CliCommand } from '../command';
import { compare } from './compare';
import { evalAlign } from './eval-align';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [compare, evalAlign];
