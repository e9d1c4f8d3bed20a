import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, TEST_TOKEN, scenarios } from './helpers.js';
import { followUpQuestionnaire } from '@nara/server';
import { storyApp } from '../.storybook/preview.js';

const PERSON = TEST_TOKEN.slice(5);
const nurse = { name: 'Anna Lindqvist', profession: 'nurse' as const };
const doctor = { name: 'Erik Holm', profession: 'doctor' as const };
const chat = storyApp.context.chat;

/** A conversation in the story app, played up to a point by the care-team actions the server has. */
async function conversation(steps: (id: string) => Promise<void> = async () => {}, profession: 'nurse' | 'secretary' = 'nurse') {
  const { id } = await chat.create(PERSON, { clinic: 'vc-linden', profession }, document.documentElement.lang === 'en' ? 'en' : 'sv');
  await steps(id);
  return { conversation: id };
}

const panel = (id: string) =>
  html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => TEST_TOKEN}>
    <nara-chat-panel conversation=${id}></nara-chat-panel>
  </nara-provider>`;

const meta: Meta = {
  title: 'Elements/Chat panel',
  component: 'nara-chat-panel',
  render: (_args, { loaded }) => panel(loaded.conversation as string),
};
export default meta;
type Story = StoryObj;

export const InQueue: Story = { loaders: [() => conversation()] };

export const Talking: Story = {
  loaders: [
    () =>
      conversation(async (id) => {
        await chat.staffJoined(id, nurse);
        await chat.staffMessage(id, nurse, 'Hej! Jag heter Anna och är sjuksköterska här. Hur kan jag hjälpa dig?');
        await chat.send(PERSON, id, { text: 'Jag har haft feber i tre dagar och ont i halsen.' });
        await chat.staffMessage(id, nurse, 'Tack. Läs gärna om feber på https://www.1177.se/ medan du väntar. Blir du sämre, ring 1177. Vid livshotande tillstånd, ring 112.');
      }),
  ],
};

export const FormSent: Story = {
  loaders: [
    () =>
      conversation(async (id) => {
        await chat.staffJoined(id, nurse);
        await chat.staffMessage(id, nurse, 'Jag skickar ett kort formulär, fyll i det här i chatten.');
        await chat.append(id, { type: 'form-sent', at: new Date().toISOString(), requestId: 'story-form', staff: nurse, questionnaire: followUpQuestionnaire('sv') as never });
      }),
  ],
};

export const HandedOverWithVideo: Story = {
  loaders: [
    () =>
      conversation(async (id) => {
        await chat.staffJoined(id, nurse);
        await chat.staffMessage(id, nurse, 'Jag lämnar över till en läkare som tittar på det här.');
        await chat.handOver(id, 'nurse', 'doctor');
        await chat.staffJoined(id, doctor);
        await chat.append(id, { type: 'video-invitation', at: new Date().toISOString(), requestId: 'v1', staff: doctor, url: 'https://video.example.se/rum/123', startsAt: new Date(Date.now() + 15 * 60_000).toISOString() });
      }),
  ],
};

export const Closed: Story = {
  loaders: [
    () =>
      conversation(async (id) => {
        await chat.staffJoined(id, nurse);
        await chat.staffMessage(id, nurse, 'Skönt att höra att det är bättre. Jag avslutar ärendet nu.');
        await chat.close(id, 'staff');
      }),
  ],
};

export const LongConversation: Story = {
  loaders: [
    () =>
      conversation(async (id) => {
        await chat.staffJoined(id, nurse);
        for (let i = 1; i <= 1000; i++) await chat.staffMessage(id, nurse, `Meddelande ${i}`);
      }),
  ],
};

/** Sending fails (network): messages wait in the outbox as "Inte skickat än". */
export const Offline: Story = {
  loaders: [() => conversation(async (id) => void (await chat.staffJoined(id, nurse)))],
  parameters: { msw: [http.post('*/v1/conversations/:id/messages', () => HttpResponse.error())] },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('nara-chat-panel')!;
    await new Promise((r) => setTimeout(r, 500));
    const textarea = el.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Skrivet utan nät';
    textarea.dispatchEvent(new InputEvent('input'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
};

export const LoadFailed: Story = { loaders: [() => conversation()], parameters: { msw: [scenarios.failing('/v1/conversations/*')] } };

export const NotSignedIn: Story = {
  loaders: [() => conversation()],
  render: (_args, { loaded }) => html`<nara-provider api=${API} clinic="vc-linden"><nara-chat-panel conversation=${loaded.conversation}></nara-chat-panel></nara-provider>`,
};

export const English: Story = {
  loaders: [
    async () => {
      const { id } = await chat.create(PERSON, { clinic: 'vc-linden', profession: '1177-nurse' }, 'en');
      await chat.staffJoined(id, { name: 'Johan Persson', profession: '1177-nurse' });
      await chat.staffMessage(id, { name: 'Johan Persson', profession: '1177-nurse' }, 'Hello! How can I help you?');
      return { conversation: id };
    },
  ],
  render: (_args, { loaded }) =>
    html`<nara-provider api=${API} clinic="vc-linden" locale="en" .getToken=${() => TEST_TOKEN}><nara-chat-panel conversation=${loaded.conversation}></nara-chat-panel></nara-provider>`,
};

/** The whole scripted journey with the in-page demo backend: write a message and the simulated team answers. */
export const DemoWithSimulatedCareTeam: Story = {
  render: () => html`<nara-chat-panel demo clinic="vc-linden" profession="nurse"></nara-chat-panel>`,
};
