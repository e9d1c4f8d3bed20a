import { bookingStoreCases } from './booking-store-conformance.js';
import { createMemoryStore } from './memory-store.js';

describe('memory store: bookings conformance', () => {
  for (const c of bookingStoreCases) it(c.name, () => c.run(createMemoryStore()));
});
