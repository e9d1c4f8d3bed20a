import type { ClinicSettings, SettingsAuditEntry } from '@nara/contract/clinic-settings';
import type { StoredClinicSettings } from '../clinic-settings-store.js';
import type { StoreCase } from './kit.js';
import { check, same } from './kit.js';

const settings = (opens: string): ClinicSettings => ({
  openingHours: [{ channel: 'chat', profession: 'nurse', days: [1, 2, 3, 4, 5], opens, closes: '16:00' }],
  chatProfessions: ['nurse'],
  reasonsOff: ['sjukintyg'],
  schedule: { blocks: [{ visitType: 'physical', profession: 'doctor', days: [1], opens: '08:00', closes: '12:00', minutes: 20, breaks: [{ from: '10:00', to: '10:20' }] }], cancelLimitHours: 24, leadMinutes: 60, horizonDays: 21 },
  phrases: [{ id: 'greeting', title: { sv: 'Hälsning', en: 'Greeting' }, text: { sv: 'Hej {firstName}!', en: 'Hello {firstName}!' } }],
  forms: ['phq-9'],
});

function saved(clinic: string, version: number, opens: string, at = `2026-11-0${version}T09:00:00.000Z`): [StoredClinicSettings, SettingsAuditEntry] {
  const record = { clinic, version, settings: settings(opens), updatedAt: at, updatedBy: 'admin-lena' };
  const audit: SettingsAuditEntry = { clinic, version, at, actor: 'admin-lena', actorName: 'Lena Admin', changes: [{ section: 'openingHours', before: [{ opens: 'x' }], after: settings(opens).openingHours }] };
  return [record, audit];
}

export const clinicSettingsCases: StoreCase[] = [
  {
    area: 'clinicSettings',
    name: 'nothing saved reads as undefined and an empty audit log; version 1 saves and reads back whole',
    async run(store, s) {
      const clinic = s.clinic();
      same(await store.clinicSettings.get(clinic), undefined, 'nothing saved');
      same(await store.clinicSettings.audit(clinic), [], 'no audit');
      const [record, audit] = saved(clinic, 1, '08:00');
      check(await store.clinicSettings.save(record, audit), 'version 1 saves');
      same(await store.clinicSettings.get(clinic), record, 'reads back unchanged');
      same(await store.clinicSettings.audit(clinic), [audit], 'the audit entry reads back unchanged');
      check((await store.clinicSettings.list()).some((r) => r.clinic === clinic && r.version === 1), 'listed');
    },
  },
  {
    area: 'clinicSettings',
    name: 'a save from a stale version is refused and writes nothing; the audit log is newest first and limited',
    async run(store, s) {
      const clinic = s.clinic();
      check(await store.clinicSettings.save(...saved(clinic, 1, '08:00')), 'version 1');
      check(!(await store.clinicSettings.save(...saved(clinic, 1, '09:00'))), 'a second version 1 is refused');
      check(!(await store.clinicSettings.save(...saved(clinic, 3, '09:00'))), 'skipping a version is refused');
      check(await store.clinicSettings.save(...saved(clinic, 2, '07:30')), 'version 2');
      same((await store.clinicSettings.get(clinic))?.settings.openingHours[0].opens, '07:30', 'the newest settings');
      same((await store.clinicSettings.audit(clinic)).map((e) => e.version), [2, 1], 'newest first, refused saves not logged');
      same((await store.clinicSettings.audit(clinic, 1)).map((e) => e.version), [2], 'limited');
      same(await store.clinicSettings.audit(s.clinic('other')), [], "another clinic's log is its own");
    },
  },
  {
    area: 'clinicSettings',
    name: 'of two concurrent saves from the same version exactly one wins',
    async run(store, s) {
      const clinic = s.clinic();
      const results = await Promise.all(['07:00', '07:15', '07:30', '07:45'].map((opens) => store.clinicSettings.save(...saved(clinic, 1, opens))));
      same(results.filter(Boolean).length, 1, 'one save');
      same((await store.clinicSettings.audit(clinic)).length, 1, 'one audit entry');
    },
  },
];
