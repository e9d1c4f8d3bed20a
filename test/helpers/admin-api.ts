import type { AdminCatalogue, AdminClinicSettings, ClinicSettingsChange } from '@nara/contract/clinic-settings';
import type { ClinicSettingsApi } from '../../packages/elements/src/clinic-settings/clinic-settings.js';
import type { startBackend } from './backend.js';

type App = Awaited<ReturnType<typeof startBackend>>['app'];

/** The admin API of the in-page server with an admin's token, as a host page would call it. */
export function adminApi(app: App, token = 'test-admin:admin-lena'): ClinicSettingsApi {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await app.fetch(new Request(`https://nara.test/v1/admin/clinics/${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) }));
    const json = await response.json();
    if (!response.ok) throw Object.assign(new Error(json.detail ?? String(response.status)), { status: response.status, errors: json.errors });
    return json;
  };
  return {
    get: (clinic) => call('GET', `${clinic}/settings`) as Promise<AdminClinicSettings>,
    save: (clinic, change: ClinicSettingsChange) => call('PATCH', `${clinic}/settings`, change) as Promise<AdminClinicSettings>,
    audit: (clinic) => call('GET', `${clinic}/audit`),
    catalogue: async (locale) => {
      const response = await app.fetch(new Request('https://nara.test/v1/admin/catalogue', { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': locale } }));
      return (await response.json()) as AdminCatalogue;
    },
  };
}

