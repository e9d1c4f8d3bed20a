import type { ChatEvent } from '@nara/contract';
import type { AccessLogEntry, ConversationRecord, ShortcutRef, Store } from './store.js';

/** Keeps everything in memory: for tests, Storybook and the in-page demo. */
export function createMemoryStore(): Store {
  const shortcuts = new Map<string, ShortcutRef[]>();
  const accessLog: AccessLogEntry[] = [];
  const conversations = new Map<string, { record: ConversationRecord; events: ChatEvent[]; keys: Map<string, number> }>();
  const conversation = (id: string) => {
    const found = conversations.get(id);
    if (!found) throw new Error(`No conversation ${id}`);
    return found;
  };
  return {
    conversations: {
      async create(record) {
        if (conversations.has(record.id)) throw new Error(`Conversation ${record.id} exists`);
        conversations.set(record.id, { record: structuredClone(record), events: [], keys: new Map() });
      },
      async get(id) {
        const found = conversations.get(id);
        return found && structuredClone(found.record);
      },
      async update(id, change) {
        Object.assign(conversation(id).record, change);
      },
      async append(id, event, idempotencyKey) {
        // Synchronous from here on: nothing can interleave between reading the last seq and pushing.
        const c = conversation(id);
        const earlier = idempotencyKey === undefined ? undefined : c.keys.get(idempotencyKey);
        if (earlier !== undefined) return { event: structuredClone(c.events[earlier - 1]), duplicate: true };
        const stored = { ...structuredClone(event), seq: c.events.length + 1 } as ChatEvent;
        c.events.push(stored);
        if (idempotencyKey !== undefined) c.keys.set(idempotencyKey, stored.seq);
        return { event: structuredClone(stored), duplicate: false };
      },
      async hasKey(id, key) {
        return conversation(id).keys.has(key);
      },
      async listAfter(id, after, limit = Infinity) {
        const { events } = conversation(id);
        return structuredClone(events.slice(Math.max(0, after), Math.max(0, after) + limit));
      },
      async lastSeq(id) {
        return conversation(id).events.length;
      },
      async waiting(clinic, profession) {
        return [...conversations.values()]
          .filter(({ record }) => record.clinic === clinic && record.profession === profession && record.status === 'queued')
          .sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt))
          .map(({ record }) => record.id);
      },
      async listByClinic(clinic, statuses) {
        return [...conversations.values()]
          .filter(({ record }) => record.clinic === clinic && statuses.includes(record.status))
          .sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt))
          .map(({ record }) => structuredClone(record));
      },
    },
    shortcuts: {
      async get(person) {
        return structuredClone(shortcuts.get(person) ?? []);
      },
      async put(person, refs) {
        shortcuts.set(person, structuredClone(refs));
      },
    },
    accessLog: {
      async append(entry) {
        accessLog.push(structuredClone(entry));
        // The in-page demo runs for a long time in one tab: keep the newest entries only.
        if (accessLog.length > 10_000) accessLog.splice(0, accessLog.length - 10_000);
      },
      async list(query = {}) {
        const matching = accessLog.filter(
          (e) => (query.subject === undefined || e.subject === query.subject) && (query.actor === undefined || e.actor === query.actor),
        );
        return structuredClone(matching.slice(-(query.limit ?? 100)).reverse());
      },
    },
  };
}
