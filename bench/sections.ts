import { alignSection } from './align';
import { compareViewSection } from './compare-view';
import { reuseSection } from './reuse';
import { scaleSection } from './scale';
import { searchSection } from './search';
import type { BenchSection } from './section';

/** Every bench section, in the order the table prints them. */
export const sections: BenchSection[] = [alignSection, reuseSection, searchSection, compareViewSection, scaleSection];
