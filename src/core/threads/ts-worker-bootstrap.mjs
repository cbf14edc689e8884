// Runs first in a worker started from TypeScript sources (see spawn-worker.ts): registers tsx in
// this thread, then loads the real entry, whose URL is the worker's first argument.
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
