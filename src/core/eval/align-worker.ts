/**
 * Worker thread entry for the PAN evaluation: aligns the pairs it is given and posts back the
 * detections. Started by `alignPairsParallel`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AlignOptions } from '../../shared/comparison';
import { alignPairs } from './align-pairs';
import type { PanPair } from './pan-corpus';

const { dir, pairs, options } = workerData as { dir: string; pairs: PanPair[]; options: Partial<AlignOptions> };
parentPort!.postMessage(alignPairs(dir, pairs, options));
