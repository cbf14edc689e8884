import type { CliCommand } from '../command';
import { compare } from './compare';
import { evalAlign } from './eval-align';
import { exportCommand } from './export';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [compare, exportCommand, evalAlign];
