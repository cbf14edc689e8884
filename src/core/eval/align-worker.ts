/**
 * Worker thread entry for the PAN evaluation: aligns the group of pairs each call gives and
 * answers with the detections. Started by `alignPairsParallel` through the core's worker pool.
 */
import { serveThread } from '../threads/serve-thread';
import { alignPairs } from './align-pairs';
import type { AlignGroup } from './parallel';

serveThread<AlignGroup, ReturnType<typeof alignPairs>>(({ dir, pairs, options }) => alignPairs(dir, pairs, options));
