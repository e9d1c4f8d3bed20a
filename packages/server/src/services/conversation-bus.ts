/**
 * Tells listeners that a conversation has new events. It carries only (conversation, seq): a
 * listener reads the events themselves from the store after the last seq it has, so a notification
 * that is lost, late or doubled can never lose, reorder or duplicate an event.
 *
 * `InProcessConversationBus` serves one process (tests, the demo, a single Node server). A
 * PostgreSQL implementation plugs in behind the same interface: `publish` runs
 * `NOTIFY nara_conversation, '<id>:<seq>'` and one `LISTEN nara_conversation` connection fans the
 * payloads out to `subscribe`rs, so servers behind a load balancer see each other's events.
 */
export interface ConversationBus {
  publish(conversationId: string, seq: number): void | Promise<void>;
  /** Calls `listener` for each new seq in the conversation until the returned function is called. */
  subscribe(conversationId: string, listener: (seq: number) => void): () => void;
  close?(): Promise<void>;
}

export class InProcessConversationBus implements ConversationBus {
  private readonly listeners = new Map<string, Set<(seq: number) => void>>();

  publish(conversationId: string, seq: number): void {
    for (const listener of [...(this.listeners.get(conversationId) ?? [])]) {
      try {
        listener(seq);
      } catch (error) {
        console.error(error);
      }
    }
  }

  subscribe(conversationId: string, listener: (seq: number) => void): () => void {
    let set = this.listeners.get(conversationId);
    if (!set) this.listeners.set(conversationId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }

  /** How many streams listen to a conversation (tests check streams let go when they end). */
  listenerCount(conversationId: string): number {
    return this.listeners.get(conversationId)?.size ?? 0;
  }
}
