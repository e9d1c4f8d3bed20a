import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CareBackend } from '@nara/contract';
import { ConversationStreamController } from './stream-controller.js';

/** A host that is not a page element: connected and disconnected by hand. */
function host() {
  const controllers: ReactiveController[] = [];
  const h: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
  return { h, connect: () => controllers.forEach((c) => c.hostConnected?.()), disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()) };
}

/** A backend whose event stream stays open until aborted, counting the streams it opened and ended. */
function backend() {
  const seen = { opened: 0, open: 0 };
  const events: Pick<CareBackend, 'conversationEvents'> = {
    conversationEvents: (_id, options) =>
      (async function* () {
        seen.opened++;
        seen.open++;
        options?.onOpen?.();
        await new Promise<void>((resolve) => options?.signal?.addEventListener('abort', () => resolve()));
        seen.open--;
      })(),
  };
  return { events, seen };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('ConversationStreamController', () => {
  it('a panel taken off the page while its conversation loaded opens no stream, and opens one when put back', async () => {
    const { h, connect, disconnect } = host();
    const { events, seen } = backend();
    const controller = new ConversationStreamController(h);
    connect();
    disconnect(); // the page went while the conversation was being fetched
    controller.connect(events, 'c1', 0);
    await tick();
    expect(seen.opened, 'no stream for a panel that is not on the page').to.equal(0);
    connect();
    await tick();
    expect(seen.open).to.equal(1);
    disconnect();
    await tick();
    expect(seen.open, 'ended with the panel').to.equal(0);
  });

  it('streams at once when the panel is on the page', async () => {
    const { h, connect, disconnect } = host();
    const { events, seen } = backend();
    const controller = new ConversationStreamController(h);
    connect();
    controller.connect(events, 'c1', 0);
    await tick();
    expect(seen.open).to.equal(1);
    disconnect();
  });
});
