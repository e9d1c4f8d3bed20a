import type { ClinicSettings, SettingsAuditEntry } from '@nara/contract/clinic-settings';

/** A clinic's saved settings: every section, the version (1, 2, …) and who saved it when. */
export interface StoredClinicSettings {
  clinic: string;
  version: number;
  settings: ClinicSettings;
  /** ISO instant. */
  updatedAt: string;
  updatedBy: string;
}

/*
 * In SQL: clinic_settings (clinic text primary key, version integer, settings jsonb, updated_at,
 * updated_by) and clinic_settings_audit (id bigserial, clinic, version, at, actor, entry jsonb,
 * unique (clinic, version)). `save` is a compare-and-set on version in one transaction with the
 * audit row: INSERT … ON CONFLICT DO NOTHING for the first version, UPDATE … WHERE version = $n after.
 */
export interface ClinicSettingsStore {
  get(clinic: string): Promise<StoredClinicSettings | undefined>;
  /** Every clinic that has saved settings. */
  list(): Promise<StoredClinicSettings[]>;
  /**
   * Atomically: when the clinic's stored version is `record.version − 1` (nothing stored for
   * version 1), store `record` and append `audit`; answers false, writing nothing, otherwise.
   */
  save(record: StoredClinicSettings, audit: SettingsAuditEntry): Promise<boolean>;
  /** The clinic's audit entries, newest first, at most `limit` (default 100). */
  audit(clinic: string, limit?: number): Promise<SettingsAuditEntry[]>;
}

/** The in-memory settings store: each save checks and writes in one turn of the event loop. */
export function memoryClinicSettings(): ClinicSettingsStore {
  const byClinic = new Map<string, StoredClinicSettings>();
  const audits = new Map<string, SettingsAuditEntry[]>();
  return {
    async get(clinic) {
      const found = byClinic.get(clinic);
      return found && structuredClone(found);
    },
    async list() {
      return [...byClinic.values()].map((r) => structuredClone(r));
    },
    async save(record, audit) {
      if ((byClinic.get(record.clinic)?.version ?? 0) !== record.version - 1) return false;
      byClinic.set(record.clinic, structuredClone(record));
      audits.set(record.clinic, [structuredClone(audit), ...(audits.get(record.clinic) ?? [])]);
      return true;
    },
    async audit(clinic, limit = 100) {
      return (audits.get(clinic) ?? []).slice(0, limit).map((e) => structuredClone(e));
    },
  };
}
