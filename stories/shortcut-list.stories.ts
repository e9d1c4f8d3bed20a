import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { API, TEST_TOKEN, scenarios } from './helpers.js';
import { storyApp } from '../.storybook/preview.js';

const withShortcuts = async (serviceIds: string[]) => {
  await storyApp.context.shortcuts.save(TEST_TOKEN.slice(5), { shortcuts: serviceIds.map((serviceId) => ({ clinic: 'vc-linden', serviceId })) }, 'sv');
};

const meta: Meta = {
  title: 'Elements/Shortcut list',
  component: 'nara-shortcut-list',
  render: () => html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => TEST_TOKEN}><nara-shortcut-list></nara-shortcut-list></nara-provider>`,
};
export default meta;
type Story = StoryObj;

export const WithShortcuts: Story = { loaders: [() => withShortcuts(['contact', 'book', 'renew-prescription', 'test-results'])] };
export const Empty: Story = { loaders: [() => withShortcuts([])] };
export const Editing: Story = {
  loaders: [() => withShortcuts(['book', 'renew-prescription', 'test-results'])],
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('nara-shortcut-list')!;
    await new Promise((r) => setTimeout(r, 300));
    [...list.shadowRoot!.querySelectorAll('button')].find((b) => b.classList.contains('edit-button'))?.click();
  },
};
export const Loading: Story = { parameters: { msw: [scenarios.never('/v1/shortcuts')] } };
export const LoadFailed: Story = { parameters: { msw: [scenarios.failing('/v1/shortcuts')] } };
export const MalformedAnswer: Story = { parameters: { msw: [scenarios.garbage('/v1/shortcuts')] } };
export const NotSignedIn: Story = {
  render: () => html`<nara-provider api=${API} clinic="vc-linden"><nara-shortcut-list></nara-shortcut-list></nara-provider>`,
};
export const English: Story = {
  loaders: [() => withShortcuts(['contact', 'book'])],
  render: () => html`<nara-provider api=${API} clinic="vc-linden" locale="en" .getToken=${() => TEST_TOKEN}><nara-shortcut-list></nara-shortcut-list></nara-provider>`,
};
export const DemoBackend: Story = { render: () => html`<nara-shortcut-list demo clinic="hc-alvstranden"></nara-shortcut-list>` };
