/** Messages between a host (Electron main, the browser host) and the workspace worker. */
import type { ParallaxEvents, ParallaxMethods, WorkspaceEventName, WorkspaceMethodName } from '../../shared/api';

/** The API methods the workspace itself answers (`METHODS` in shared/api.ts says which). */
export type CoreMethodName = WorkspaceMethodName;

export type CoreMethods = Pick<ParallaxMethods, CoreMethodName>;

/** The events the workspace raises, as the hosts pass them on (versioned). */
export type CoreEvents = Pick<ParallaxEvents, WorkspaceEventName>;

export interface WorkerInit {
  sampleDir: string;
  dataDir: string;
  watch: boolean;
}

export type HostToWorker = { type: 'call'; id: number; method: CoreMethodName; args: unknown[] };

export type WorkerToHost =
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; channel: WorkspaceEventName; payload: unknown };
