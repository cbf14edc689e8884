import { alignSection } from './align';
import type { BenchSection } from './section';

/** Every bench section, in the order the table prints them. */
export const sections: BenchSection[] = [alignSection];
