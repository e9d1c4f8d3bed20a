import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { API, TEST_TOKEN, scenarios } from './helpers.js';
import { storyApp } from '../.storybook/preview.js';

const PERSON = TEST_TOKEN.slice(5);
const nurse = { id: 'staff-anna', kind: 'staff' as const, name: 'Anna Sjöberg', profession: 'nurse' as const, clinic: 'vc-linden' };

/** The care team writes to the patient (a contact started by staff), so the list has something unread. */
const testResult = async () => {
  await storyApp.context.staff.start(nurse, { patient: PERSON, message: 'Hej Tolvan! Ditt blodprov är klart och ser bra ut.' }, 'sv');
  return {};
};

const meta: Meta = {
  title: 'Elements/Errand list',
  component: 'nara-errand-list',
  render: () => html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => TEST_TOKEN}><nara-errand-list></nara-errand-list></nara-provider>`,
};
export default meta;
type Story = StoryObj;

/** A test result from the care team, unread; choose it to read it in the chat. */
export const Unread: Story = { loaders: [testResult] };

export const Loading: Story = { parameters: { msw: { handlers: [scenarios.never('/v1/conversations')] } } };

export const LoadFailed: Story = { parameters: { msw: { handlers: [scenarios.failing('/v1/conversations', 503, 'unavailable')] } } };
