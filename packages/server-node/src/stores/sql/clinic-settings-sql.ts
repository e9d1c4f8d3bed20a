import type { ClinicSettingsStore, StoredClinicSettings } from '@nara/server';
import type { SettingsAuditEntry } from '@nara/contract/clinic-settings';
import type { SqlDatabase } from './sql-client.js';

const json = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);
const iso = (value: unknown): string => (value instanceof Date ? value : new Date(String(value))).toISOString();

interface Row {
  clinic: string;
  version: number;
  settings: StoredClinicSettings['settings'] | string;
  updated_at: unknown;
  updated_by: string;
}
const record = (r: Row): StoredClinicSettings => ({ clinic: r.clinic, version: Number(r.version), settings: json(r.settings), updatedAt: iso(r.updated_at), updatedBy: r.updated_by });

/** Clinic settings in SQL: a compare-and-set on the version and the audit row in one transaction. */
export function sqlClinicSettings(db: SqlDatabase): ClinicSettingsStore {
  return {
    async get(clinic) {
      const { rows } = await db.query<Row>('SELECT clinic, version, settings, updated_at, updated_by FROM clinic_settings WHERE clinic = $1', [clinic]);
      return rows[0] ? record(rows[0]) : undefined;
    },
    async list() {
      const { rows } = await db.query<Row>('SELECT clinic, version, settings, updated_at, updated_by FROM clinic_settings ORDER BY clinic');
      return rows.map(record);
    },
    async save(r, audit) {
      return db.transaction(async (tx) => {
        const params = [r.clinic, r.version, JSON.stringify(r.settings), r.updatedAt, r.updatedBy];
        const { rows } =
          r.version === 1
            ? await tx.query(
                `INSERT INTO clinic_settings (clinic, version, settings, updated_at, updated_by) VALUES ($1, $2, $3::jsonb, $4, $5)
                 ON CONFLICT (clinic) DO NOTHING RETURNING clinic`,
                params,
              )
            : await tx.query(
                `UPDATE clinic_settings SET version = $2, settings = $3::jsonb, updated_at = $4, updated_by = $5
                  WHERE clinic = $1 AND version = $2 - 1 RETURNING clinic`,
                params,
              );
        if (rows.length === 0) return false;
        await tx.query('INSERT INTO clinic_settings_audit (clinic, version, at, actor, entry) VALUES ($1, $2, $3, $4, $5::jsonb)', [
          audit.clinic,
          audit.version,
          audit.at,
          audit.actor,
          JSON.stringify(audit),
        ]);
        return true;
      });
    },
    async audit(clinic, limit = 100) {
      const { rows } = await db.query<{ entry: SettingsAuditEntry | string }>('SELECT entry FROM clinic_settings_audit WHERE clinic = $1 ORDER BY version DESC LIMIT $2', [clinic, limit]);
      return rows.map((r) => json(r.entry));
    },
  };
}
