/**
 * Messages between a host (Electron main, the browser host) and the workspace worker: calls and
 * their Results, and the workspace's events, over the core's thread protocol (core/threads).
 */
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

/** One call of a core method, as the workspace worker receives it (core/threads/messages.ts). */
export interface WorkspaceRequest {
  method: CoreMethodName;
  args: unknown[];
}
