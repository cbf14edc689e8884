/** A small typed event emitter: the workspace's events, by channel. */

export type Listener<T> = (payload: T) => void;

export class Emitter<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();

  on<K extends keyof Events>(channel: K, listener: Listener<Events[K]>): () => void {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  emit<K extends keyof Events>(channel: K, payload: Events[K]): void {
    for (const listener of this.listeners.get(channel) ?? []) {
      try {
        (listener as Listener<Events[K]>)(payload);
      } catch (error) {
        // one broken listener must not stop the others or the work that emitted
        console.error(`parallax: listener for ${String(channel)} failed:`, error);
      }
    }
  }
}
