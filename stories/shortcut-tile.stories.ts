import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Elements/Shortcut tile',
  component: 'nara-shortcut-tile',
  args: { heading: 'Förnya recept', description: 'För läkemedel du redan har fått', icon: 'prescription', href: 'https://www.1177.se/' },
  render: (args) =>
    html`<div style="max-width: 24rem"><nara-shortcut-tile heading=${args.heading} description=${args.description ?? ''} icon=${args.icon ?? ''} href=${args.href ?? ''} badge=${args.badge ?? ''} badge-label=${args.badgeLabel ?? ''}></nara-shortcut-tile></div>`,
};
export default meta;
type Story = StoryObj;

export const Link: Story = {};
export const Button: Story = { args: { href: '', heading: 'Chatta med BVC', description: 'Barnavårdscentralen svarar alla dagar 8–20', icon: 'child' } };
export const WithBadge: Story = { args: { heading: 'Meddelanden', description: 'Från din vårdcentral', icon: 'chat', badge: '3', badgeLabel: 'olästa' } };
export const Telephone: Story = { args: { heading: 'Ring oss', description: 'Vardagar 08.00–16.30', icon: 'phone', href: 'tel:+46155246000' } };
export const NoIcon: Story = { args: { icon: '' } };
export const UnsafeLinkIsNotRendered: Story = { args: { heading: 'javascript: är aldrig en länk', href: 'javascript:alert(1)', description: 'Visas som knapp' } };
export const LongTextAt320px: Story = {
  render: () =>
    html`<div style="max-width: 320px"><nara-shortcut-tile heading="Intyg om sjukskrivning och förlängning av pågående sjukskrivning" description="En väldigt lång beskrivning som måste radbrytas snyggt även i smala vyer" icon="certificate" badge="12"></nara-shortcut-tile></div>`,
};
