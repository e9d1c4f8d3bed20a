import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { API, TEST_TOKEN } from './helpers.js';
import { storyApp } from '../.storybook/preview.js';
import '../packages/elements/src/staff-queue/define.ts';

const PERSON = TEST_TOKEN.slice(5);
const STAFF_TOKEN = 'test-staff:staff-anna';

/** Two errands for the nurses: one with a chat message waiting. */
const waiting = async () => {
  await storyApp.context.chat.create(PERSON, { clinic: 'vc-linden', profession: 'nurse', text: 'Jag har haft feber i tre dagar.' }, 'sv');
  await storyApp.context.chat.create('198112289874', { clinic: 'vc-linden', profession: 'nurse', text: 'Kan jag förnya mitt recept?' }, 'sv');
  return {};
};

const meta: Meta = {
  title: 'Staff/Staff queue',
  component: 'nara-staff-queue',
  render: () => html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => STAFF_TOKEN}><nara-staff-queue></nara-staff-queue></nara-provider>`,
};
export default meta;
type Story = StoryObj;

/** The nurses' queue, live: by urgency, then the longest waiting. */
export const Waiting: Story = { loaders: [waiting] };

/** All professions at the clinic. */
export const AllProfessions: Story = {
  loaders: [waiting],
  render: () => html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => STAFF_TOKEN}><nara-staff-queue scope="all"></nara-staff-queue></nara-provider>`,
};
