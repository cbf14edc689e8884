// Preloaded with `node --import` into a benchmarked process: on exit, writes the process's peak
// resident memory (worker threads included) to stderr as `maxrss-kb <n>`.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `maxrss-kb ${process.resourceUsage().maxRSS}\n`));
