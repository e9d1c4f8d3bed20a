import type { AttachmentRecord, ShortcutRef, Store, TriageCase } from './store.js';

/** Keeps everything in memory: for tests, Storybook and the in-page demo. */
export function createMemoryStore(): Store {
  const shortcuts = new Map<string, ShortcutRef[]>();
  const attachments = new Map<string, AttachmentRecord>();
  const cases = new Map<string, TriageCase>();
  return {
    shortcuts: {
      async get(person) {
        return structuredClone(shortcuts.get(person) ?? []);
      },
      async put(person, refs) {
        shortcuts.set(person, structuredClone(refs));
      },
    },
    attachments: {
      async put(record) {
        attachments.set(record.id, { ...record, bytes: record.bytes.slice() });
      },
      async get(id) {
        const record = attachments.get(id);
        return record && { ...record, bytes: record.bytes.slice() };
      },
    },
    cases: {
      async put(triageCase) {
        cases.set(triageCase.id, structuredClone(triageCase));
      },
      async get(id) {
        const found = cases.get(id);
        return found ? structuredClone(found) : null;
      },
      async listByPerson(person) {
        return [...cases.values()].filter((c) => c.person === person).map((c) => structuredClone(c));
      },
    },
  };
}
