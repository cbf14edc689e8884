import type { CliCommand } from '../command';
import { compare } from './compare';
import { evalAlign } from './eval-align';
import { evalMeter } from './eval-meter';
import { evalPages } from './eval-pages';
import { exportCommand } from './export';
import { exportPassim } from './export-passim';
import { evalSearch } from './eval-search';
import { indexFolder } from './index-folder';
import { read } from './read';
import { reuse } from './reuse';
import { search } from './search';

/** Every CLI command, in the order `help` lists them. */
export const commands: CliCommand[] = [read, indexFolder, search, compare, exportCommand, reuse, exportPassim, evalAlign, evalSearch, evalMeter, evalPages];
