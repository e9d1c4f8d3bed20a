import type { AccessLogEntry, ShortcutRef, Store } from './store.js';

/** Keeps everything in memory: for tests, Storybook and the in-page demo. */
export function createMemoryStore(): Store {
  const shortcuts = new Map<string, ShortcutRef[]>();
  const accessLog: AccessLogEntry[] = [];
  return {
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
