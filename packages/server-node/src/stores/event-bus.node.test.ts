import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createInProcessBus, type EventBus } from '@nara/server';
import { createPostgresBus } from './postgres-event-bus.js';
import { postgresPool } from './postgres-store.js';
import { testDatabaseUrl } from './test-database.js';

const next = (bus: EventBus, topic: string) =>
  new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nothing on ${topic}`)), 5000);
    const off = bus.subscribe(topic, (payload) => {
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });

describe('EventBus: in-process', () => {
  it('delivers to subscribers of the topic only, until they unsubscribe', async () => {
    const bus = createInProcessBus();
    const got: unknown[] = [];
    const off = bus.subscribe('a', (p) => got.push(p));
    bus.subscribe('b', () => got.push('wrong'));
    await bus.publish('a', { seq: 1 });
    off();
    await bus.publish('a', { seq: 2 });
    assert.deepEqual(got, [{ seq: 1 }]);
  });
});

const url = testDatabaseUrl();
describe('EventBus: PostgreSQL LISTEN/NOTIFY', { skip: !url && 'no TEST_DATABASE_URL' }, () => {
  it('an event published through one process’s bus reaches a subscriber in another', async () => {
    const poolA = postgresPool({ connectionString: url! });
    const poolB = postgresPool({ connectionString: url! });
    const a = await createPostgresBus({ connectionString: url!, pool: poolA });
    const b = await createPostgresBus({ connectionString: url!, pool: poolB });
    try {
      const topic = `conversation:${crypto.randomUUID()}`;
      const onB = next(b, topic);
      const onA = next(a, topic);
      await a.publish(topic, { seq: 7 });
      assert.deepEqual(await onB, { seq: 7 });
      assert.deepEqual(await onA, { seq: 7 }, 'the publisher’s own subscribers hear it too');
      await assert.rejects(a.publish(topic, { big: 'x'.repeat(9000) }), /too large/);
    } finally {
      await a.close?.();
      await b.close?.();
      await poolA.end();
      await poolB.end();
    }
  });
});
