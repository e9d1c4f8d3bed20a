import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AdminCatalogue, AdminClinicSettings, ClinicSettingsChange, SettingsAuditLog } from '@nara/contract/clinic-settings';
import type { ClinicSettingsApi } from '../packages/elements/src/clinic-settings/clinic-settings.js';
import '../packages/elements/src/clinic-settings/define.ts';
import { API } from './helpers.js';

/** What a host page does: the admin API with the signed-in admin's token. */
const api = (token: string): ClinicSettingsApi => {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${API}/v1/admin/clinics/${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    const json = await response.json();
    if (!response.ok) throw Object.assign(new Error(json.detail ?? `HTTP ${response.status}`), { status: response.status, errors: json.errors });
    return json;
  };
  return {
    get: (clinic) => call('GET', `${clinic}/settings`) as Promise<AdminClinicSettings>,
    save: (clinic, change: ClinicSettingsChange) => call('PATCH', `${clinic}/settings`, change) as Promise<AdminClinicSettings>,
    audit: (clinic) => call('GET', `${clinic}/audit`) as Promise<SettingsAuditLog>,
    catalogue: async (locale) => (await fetch(`${API}/v1/admin/catalogue`, { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': locale } })).json() as Promise<AdminCatalogue>,
  };
};
const section = (key: string, locale = 'sv', withApi = api('test-admin:admin-lena')) =>
  html`<nara-clinic-settings locale=${locale} section=${key} clinic="vc-linden" clinic-name="Vårdcentralen Linden" .api=${withApi}></nara-clinic-settings>`;

const meta: Meta = {
  title: 'Staff/Clinic settings',
  component: 'nara-clinic-settings',
  render: () => html`<nara-clinic-settings clinic="vc-linden" clinic-name="Vårdcentralen Linden" .api=${api('test-admin:admin-lena')}></nara-clinic-settings>`,
};
export default meta;
type Story = StoryObj;

/** The clinic's admin: which professions chat and the opening hours; each section saves on its own and applies at once for patients. */
export const Admin: Story = {};
export const AdminEnglish: Story = {
  render: () => html`<nara-clinic-settings locale="en" clinic="vc-linden" clinic-name="Vårdcentralen Linden" .api=${api('test-admin:admin-lena')}></nara-clinic-settings>`,
};
/** Signed in as someone who is not the clinic's admin: the settings cannot be read. */
export const NotAllowed: Story = {
  render: () => html`<nara-clinic-settings clinic="vc-linden" .api=${api('test-staff:staff-anna')}></nara-clinic-settings>`,
};

/** The contact reasons the clinic offers: search the catalogue, show only those switched off, tick and save. A reason switched off leaves the patients' search at once. */
export const Reasons: Story = { render: () => section('reasons') };
export const ReasonsEnglish: Story = { render: () => section('reasons', 'en') };
/** The booking schedule: booking rules, and blocks of bookable times per profession and way of meeting, with breaks. Free times follow at once. */
export const Schedule: Story = { render: () => section('schedule') };
/** Staff quick phrases in Swedish and English: add, edit, remove. */
export const Phrases: Story = { render: () => section('phrases') };
/** The forms staff can send in the chat, each on or off. */
export const Forms: Story = { render: () => section('forms') };
/** Saving fails (here: the network drops): the element says so in words and keeps the edits; try saving a form choice. */
export const SaveFails: Story = {
  render: () => section('forms', 'sv', { ...api('test-admin:admin-lena'), save: () => Promise.reject(new TypeError('Failed to fetch')) }),
};
