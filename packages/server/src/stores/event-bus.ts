/**
 * Tells every server process that something happened (a chat message was stored, a case was
 * taken), so streams held open by any process can pass it on. Payloads are small JSON; listeners
 * read the full record from the store.
 */
export interface EventBus {
  publish(topic: string, payload: unknown): Promise<void>;
  /** Calls `listener` for every event on `topic` published from now on; returns the unsubscribe. */
  subscribe(topic: string, listener: (payload: unknown) => void): () => void;
  close?(): Promise<void>;
}

/** One process only: the memory and PGlite stores. */
export function createInProcessBus(): EventBus {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    async publish(topic, payload) {
      const copy = JSON.parse(JSON.stringify(payload ?? null));
      for (const listener of [...(listeners.get(topic) ?? [])]) {
        try {
          listener(copy);
        } catch (error) {
          console.error(error);
        }
      }
    },
    subscribe(topic, listener) {
      let set = listeners.get(topic);
      if (!set) listeners.set(topic, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(topic);
      };
    },
  };
}
