import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AdminClinicSettings, ClinicSettingsChange, SettingsAuditLog } from '@nara/contract/clinic-settings';
import type { ClinicSettingsApi } from '../packages/elements/src/clinic-settings/clinic-settings.js';
import { API } from './helpers.js';

/** What a host page does: the admin API with the signed-in admin's token. */
const api = (token: string): ClinicSettingsApi => {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${API}/admin/clinics/${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    const json = await response.json();
    if (!response.ok) throw Object.assign(new Error(json.detail ?? `HTTP ${response.status}`), { status: response.status, errors: json.errors });
    return json;
  };
  return {
    get: (clinic) => call('GET', `${clinic}/settings`) as Promise<AdminClinicSettings>,
    save: (clinic, change: ClinicSettingsChange) => call('PATCH', `${clinic}/settings`, change) as Promise<AdminClinicSettings>,
    audit: (clinic) => call('GET', `${clinic}/audit`) as Promise<SettingsAuditLog>,
  };
};

const meta: Meta = {
  title: 'Staff/Clinic settings',
  component: 'nara-clinic-settings',
  render: () => html`<nara-clinic-settings clinic="vc-linden" clinic-name="Vårdcentralen Linden" .api=${api('test-admin:admin-lena')}></nara-clinic-settings>`,
};
export default meta;
type Story = StoryObj;

/** The clinic's admin: which professions chat and the opening hours; saving applies at once for patients. */
export const Admin: Story = {};
export const AdminEnglish: Story = {
  render: () => html`<nara-clinic-settings locale="en" clinic="vc-linden" clinic-name="Vårdcentralen Linden" .api=${api('test-admin:admin-lena')}></nara-clinic-settings>`,
};
/** Signed in as someone who is not the clinic's admin: the settings cannot be read. */
export const NotAllowed: Story = {
  render: () => html`<nara-clinic-settings clinic="vc-linden" .api=${api('test-staff:staff-anna')}></nara-clinic-settings>`,
};
