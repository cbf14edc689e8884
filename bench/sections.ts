import { alignSection } from './align';
import { compareViewSection } from './compare-view';
import { readerSection } from './reader-host';
import { formatsSection } from './formats';
import { markdownSection } from './markdown';
import { reuseSection } from './reuse';
import { scaleSection } from './scale';
import { searchSection } from './search';
import { startSection } from './start';
import type { BenchSection } from './section';

/** Every bench section, in the order the table prints them. */
export const sections: BenchSection[] = [alignSection, reuseSection, searchSection, startSection, compareViewSection, readerSection, markdownSection, formatsSection, scaleSection];
