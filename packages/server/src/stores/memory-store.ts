import type { ShortcutRef, Store, TriageCase } from './store.js';

/** Keeps everything in memory: for tests, Storybook and the in-page demo. */
export function createMemoryStore(): Store {
  const shortcuts = new Map<string, ShortcutRef[]>();
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
