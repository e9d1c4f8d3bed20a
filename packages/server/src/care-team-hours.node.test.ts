import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp } from './app.js';

describe('the demo care team keeps the opening hours', () => {
  it('at 22:00 the errand waits in the queue until the chat opens; the panel is told when', async () => {
    const now = new Date('2026-12-07T21:00:00Z'); // Monday 22:00 in Stockholm
    const waits: number[] = [];
    let release!: () => void;
    const opened = new Promise<void>((resolve) => (release = resolve));
    const app = createApp({
      now: () => now,
      simulateCareTeam: {
        delay: async (ms) => {
          waits.push(ms);
          // The first wait is the one until opening time: hold it until the test lets go.
          if (waits.length === 1) await opened;
        },
      },
    });
    const response = await app.fetch(
      new Request('https://nara.test/v1/conversations', {
        method: 'POST',
        headers: { Authorization: 'Bearer test:198112289874', 'Content-Type': 'application/json' },
        body: JSON.stringify({ clinic: 'vc-linden', profession: 'nurse', text: 'Hej' }),
      }),
    );
    const conversation = await response.json();
    assert.equal(conversation.availability.open, false);
    assert.ok(conversation.availability.nextOpensAt, 'the panel can say when it opens');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(waits[0], Date.parse(conversation.availability.nextOpensAt) - now.getTime(), 'waits exactly until the chat opens');
    assert.equal((await app.context.store.conversations.get(conversation.id))!.status, 'queued', 'nobody answers at 22:00');
    release();
    await app.context.careTeam!.idle();
    assert.equal((await app.context.store.conversations.get(conversation.id))!.status, 'open', 'the team joins once it opens');
  });
});
