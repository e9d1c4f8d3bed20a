import { AdminCatalogue, AdminClinicList, AdminClinicSettings, ClinicSettingsChange, SettingsAuditLog, SettingsAuditQuery } from './clinic-settings.js';
import type { Operation } from './operations.js';

const settings = '/v1/admin/clinics/{clinic}';

/** A clinic's settings without code: the `admin` role of that clinic (or of its region) only; no patient data. */
export const adminOperations: Operation[] = [
  { id: 'listAdminClinics', method: 'get', path: '/v1/admin/clinics', summary: 'The clinics the signed-in admin may change (their clinic, or their region’s)', auth: true, response: AdminClinicList },
  {
    id: 'getAdminCatalogue',
    method: 'get',
    path: '/v1/admin/catalogue',
    summary: "What a clinic's settings choose from, in the Accept-Language: the catalogue's contact reasons (to switch off) and the forms staff may send",
    auth: true,
    response: AdminCatalogue,
  },
  {
    id: 'getClinicSettings',
    method: 'get',
    path: `${settings}/settings`,
    summary: "A clinic's settings: opening hours per channel and profession, professions that chat, reasons switched off, booking schedule, phrases and forms, with their version (0: the seed, untouched)",
    auth: true,
    response: AdminClinicSettings,
  },
  {
    id: 'changeClinicSettings',
    method: 'patch',
    path: `${settings}/settings`,
    summary:
      'Replace some sections, from the version read (409 when someone saved in between; 422 naming the field for a bad value). In effect for patients and staff at once; logged with who, when, before and after',
    auth: true,
    body: ClinicSettingsChange,
    response: AdminClinicSettings,
  },
  { id: 'getClinicSettingsAudit', method: 'get', path: `${settings}/audit`, summary: "The clinic's settings changes, newest first: who, when, each section before and after", auth: true, query: SettingsAuditQuery, response: SettingsAuditLog },
];
