import { caseStoreCases } from './case-store-conformance.js';
import { createMemoryStore } from './memory-store.js';

describe('memory store: triage cases conformance', () => {
  for (const c of caseStoreCases) it(c.name, () => c.run(createMemoryStore()));
});
