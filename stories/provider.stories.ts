import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { API, TEST_TOKEN } from './helpers.js';

const meta: Meta = {
  title: 'Elements/Provider',
  component: 'nara-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Gives every Nära element inside it the backend (`api`, `demo` or `.backend`), clinic, language and sign-in (`.getToken`). Renders nothing of its own.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** One provider, two elements sharing its backend, clinic and sign-in. */
export const SharedConfiguration: Story = {
  render: () => html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => TEST_TOKEN}>
    <nara-shortcut-tile heading="Ring oss" description="Vardagar 08.00–16.30" icon="phone" href="tel:+46155246000"></nara-shortcut-tile>
    <nara-shortcut-list></nara-shortcut-list>
  </nara-provider>`,
};

/** `locale="en"` on the provider: every element inside speaks English, and asks the backend for English text. */
export const English: Story = {
  render: () => html`<nara-provider api=${API} clinic="vc-linden" locale="en" .getToken=${() => TEST_TOKEN}><nara-shortcut-list></nara-shortcut-list></nara-provider>`,
};

/** No `getToken`: calls that need a person answer 401 and the element asks the page to sign in (`nara-auth-required`). */
export const SignedOut: Story = {
  render: () => html`<nara-provider api=${API} clinic="vc-linden"><nara-shortcut-list></nara-shortcut-list></nara-provider>`,
};

/** `demo`: the reference server running in the page, no network. */
export const Demo: Story = {
  render: () => html`<nara-provider demo clinic="hc-alvstranden"><nara-shortcut-list></nara-shortcut-list></nara-provider>`,
};
