import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import type { ChatEvent } from '@nara/contract';
import { API, PATIENT_TOKEN, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import './define.js';
import type { NaraChatPanel } from './chat-panel.js';

/** A patient in a chat with the nurse, through the real server app; `send` types and presses Enter. */
async function chat(locale: 'sv' | 'en' | 'fi' = 'sv') {
  const { app } = await startBackend({ simulateCareTeam: false, heartbeatMs: 60_000 });
  const client = new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 });
  const { id } = await client.createConversation({ clinic: 'vc-linden', profession: 'nurse' }, { locale: 'sv' });
  const el = await fixture<NaraChatPanel>(html`<nara-chat-panel .backend=${client} conversation=${id} locale=${locale}></nara-chat-panel>`);
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('#composer-text'), 'the composer');
  const send = async (text: string) => {
    const textarea = root.querySelector<HTMLTextAreaElement>('#composer-text')!;
    textarea.value = text;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await el.updateComplete;
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  };
  const sent = async () =>
    ((await (await app.fetch(new Request(`https://x/v1/conversations/${id}/events`, { headers: { Authorization: `Bearer ${PATIENT_TOKEN}` } }))).json()) as { events: ChatEvent[] }).events
      .filter((e) => e.type === 'message')
      .map((e) => (e.type === 'message' ? e.text : ''));
  return { el, root, send, sent };
}

describe('nara-chat-panel: an emergency written in the chat', () => {
  afterEach(() => resetOverrides());

  it('is accessible: a message that describes an emergency gets the 112 advice at once, and is still sent', async () => {
    const { el, root, send, sent } = await chat();
    const text = 'Nu har jag fått tryck över bröstet och är kallsvettig';
    await send(text);
    await waitUntil(() => root.querySelector('.written-emergency'), 'the 112 advice', { timeout: 5000 });
    const alert = root.querySelector<HTMLElement>('.written-emergency')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.dataset.emergency).to.equal('chest-pain');
    expect(alert.textContent).to.contain('Det du skrev kan vara ett akut läge.');
    expect(alert.textContent).to.contain('Chatten besvaras inte direkt.');
    expect(alert.querySelector('a[href="tel:112"]')!.textContent!.trim()).to.equal('Ring 112');
    await waitUntil(async () => (await sent()).includes(text), 'the message reached the care team', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('an everyday message or a negated mention gets no alarm', async () => {
    const { root, send, sent } = await chat();
    await send('Hej! Hostan är bättre, ingen bröstsmärta och inga andningsbesvär.');
    await waitUntil(async () => (await sent()).length === 1, 'sent');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(root.querySelector('.written-emergency')).to.equal(null);
  });

  it('thoughts of suicide get the helpline as well, in English', async () => {
    const { el, root, send } = await chat('en');
    await send('I do not want to live anymore');
    await waitUntil(() => root.querySelector('.written-emergency'), 'the advice', { timeout: 5000 });
    const alert = root.querySelector('.written-emergency')!;
    expect(alert.textContent).to.contain('What you wrote may be an emergency.');
    expect(alert.querySelector('a[href="tel:90101"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
