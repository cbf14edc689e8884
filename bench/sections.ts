import { alignSection } from './align';
import { compareViewSection } from './compare-view';
import { formatsSection } from './formats';
import { reuseSection } from './reuse';
import { searchSection } from './search';
import type { BenchSection } from './section';

/** Every bench section, in the order the table prints them. */
export const sections: BenchSection[] = [alignSection, reuseSection, searchSection, compareViewSection, formatsSection];
