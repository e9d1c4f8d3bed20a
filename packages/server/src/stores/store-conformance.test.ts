import { expect } from '@open-wc/testing';
import { createMemoryStore } from './memory-store.js';
import { newScope, storeCases } from './conformance/index.js';

// The memory store in the browser, where the demo backend runs it. Memory, PGlite and PostgreSQL
// run the same cases in Node: packages/server-node/src/stores/store.node.test.ts.
describe('Store conformance: memory (in the browser)', () => {
  const store = createMemoryStore();
  for (const c of storeCases) it(`${c.area}: ${c.name}`, () => c.run(store, newScope()));

  it('every area of the Store has cases', () => {
    const areas = Object.keys(store).filter((key) => key !== 'close');
    expect(areas.filter((area) => !storeCases.some((c) => c.area === area))).to.deep.equal([]);
  });
});
