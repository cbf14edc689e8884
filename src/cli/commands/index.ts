import type { CliCommand } from '../command';
import { evalAlign } from './eval-align';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [evalAlign];
