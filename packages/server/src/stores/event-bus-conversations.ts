import type { ConversationBus } from '../services/conversation-bus.js';
import type { EventBus } from './event-bus.js';

/**
 * The chat's `ConversationBus` over any `EventBus`: with PostgreSQL's LISTEN/NOTIFY bus, a message
 * stored by one server process wakes the streams that every other process holds for the conversation.
 */
export function conversationBusOn(bus: EventBus): ConversationBus {
  const topic = (id: string) => `conversation:${id}`;
  return {
    publish: (conversationId, seq) => bus.publish(topic(conversationId), seq),
    subscribe: (conversationId, listener) =>
      bus.subscribe(topic(conversationId), (seq) => {
        if (typeof seq === 'number') listener(seq);
      }),
    close: () => bus.close?.() ?? Promise.resolve(),
  };
}
