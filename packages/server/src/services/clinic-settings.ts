import type { Profession } from '@nara/contract';
import {
  ClinicSettings,
  ClinicSettingsChange,
  SETTINGS_SECTIONS,
  type AdminClinicSettings,
  type SettingsAuditEntry,
  type SettingsSection,
} from '@nara/contract/clinic-settings';
import { CATALOGUE } from '@nara/triage';
import type { Person } from '../http/auth.js';
import { HttpProblem, notFound, validate } from '../http/problem.js';
import type { ClinicSeed } from '../seed/clinics.js';
import { commonPhrases } from '../seed/phrases.js';
import { staffForms } from '../seed/staff-forms.js';
import type { StoredClinicSettings } from '../stores/clinic-settings-store.js';
import type { Store } from '../stores/store.js';
import type { ClinicSchedule } from '../seed/schedules.js';

const REASONS = new Set(CATALOGUE.map((r) => r.id));
const FORMS = new Set(staffForms.map((f) => f.id));

/** The settings a clinic starts with: what its seed files say. */
export function seedSettings(seed: ClinicSeed, schedule: ClinicSchedule | undefined): ClinicSettings {
  const chatting = [...new Set(seed.openingHours.flatMap((h) => (h.channel === 'chat' && h.profession ? [h.profession] : [])))] as Profession[];
  return structuredClone({
    openingHours: seed.openingHours,
    chatProfessions: chatting,
    reasonsOff: [],
    schedule: schedule
      ? { blocks: schedule.blocks, cancelLimitHours: schedule.cancelLimitHours, leadMinutes: schedule.leadMinutes, horizonDays: schedule.horizonDays }
      : { blocks: [], cancelLimitHours: 24, leadMinutes: 60, horizonDays: 28 },
    phrases: commonPhrases.map((p) => ({ id: p.id, title: p.title, text: p.text })),
    forms: staffForms.map((f) => f.id),
  });
}

/**
 * Every clinic's current settings, kept in the store and cached here so the patient-facing routes
 * read them synchronously: a save in this process shows at once; another process's save shows on
 * the next request after `refreshMs` (the app refreshes before each request). Without a saved
 * version a clinic has its seed settings (version 0).
 */
export class ClinicSettingsService {
  private saved = new Map<string, StoredClinicSettings>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading?: Promise<void>;

  constructor(
    private readonly store: Store,
    private readonly seeds: Map<string, ClinicSeed>,
    private readonly baseSchedule: (clinic: string) => ClinicSchedule | undefined,
    private readonly now: () => Date,
    private readonly refreshMs = 2_000,
  ) {}

  /** Reloads saved settings from the store when the cache is older than `refreshMs` (or `force`). */
  async refresh(force = false): Promise<void> {
    if (!force && Date.now() - this.loadedAt < this.refreshMs) return;
    this.loading ??= this.store.clinicSettings
      .list()
      .then((all) => {
        for (const record of all) if ((this.saved.get(record.clinic)?.version ?? 0) < record.version) this.saved.set(record.clinic, record);
        this.loadedAt = Date.now();
      })
      .finally(() => (this.loading = undefined));
    await this.loading;
  }

  initial(clinic: string): ClinicSettings {
    const seed = this.seeds.get(clinic);
    if (!seed) throw notFound(`Clinic ${clinic}`);
    return seedSettings(seed, this.baseSchedule(clinic));
  }

  /** The clinic's settings now (saved, or the seed's). */
  current(clinic: string): ClinicSettings {
    return this.saved.get(clinic)?.settings ?? this.initial(clinic);
  }

  /** The forms the clinic's staff may send; undefined (every form) for a clinic the server has no seed for. */
  formsOf(clinic: string): string[] | undefined {
    return this.seeds.has(clinic) ? this.current(clinic).forms : undefined;
  }

  async read(clinic: string): Promise<AdminClinicSettings> {
    if (!this.seeds.has(clinic)) throw notFound(`Clinic ${clinic}`);
    const stored = await this.store.clinicSettings.get(clinic);
    if (stored && (this.saved.get(clinic)?.version ?? 0) < stored.version) this.saved.set(clinic, stored);
    return stored
      ? { clinic, version: stored.version, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy, settings: stored.settings }
      : { clinic, version: 0, settings: this.initial(clinic) };
  }

  /**
   * Replaces the given sections, from the version the admin read (409 when someone saved in
   * between); one audit entry with each changed section before and after. Nothing changed: no new version.
   */
  async change(admin: Person, clinic: string, body: unknown): Promise<AdminClinicSettings> {
    const change = validate(ClinicSettingsChange, body);
    const current = await this.read(clinic);
    if (change.version !== current.version) throw new HttpProblem(409, 'conflict', `The settings changed since version ${change.version} (now ${current.version}): read them again`);
    const next = validate(ClinicSettings, { ...current.settings, ...change.settings });
    this.checkKnown(next);
    const changes = SETTINGS_SECTIONS.filter((s) => JSON.stringify(current.settings[s]) !== JSON.stringify(next[s])).map((section: SettingsSection) => ({
      section,
      before: current.settings[section],
      after: next[section],
    }));
    if (changes.length === 0) return current;
    const at = this.now().toISOString();
    const record: StoredClinicSettings = { clinic, version: current.version + 1, settings: next, updatedAt: at, updatedBy: admin.id };
    const audit: SettingsAuditEntry = { clinic, version: record.version, at, actor: admin.id, ...(admin.name ? { actorName: admin.name } : {}), changes };
    if (!(await this.store.clinicSettings.save(record, audit))) throw new HttpProblem(409, 'conflict', 'Someone saved the settings at the same time: read them again');
    this.saved.set(clinic, record);
    return { clinic, version: record.version, updatedAt: at, updatedBy: admin.id, settings: next };
  }

  async audit(clinic: string, limit = 100): Promise<SettingsAuditEntry[]> {
    if (!this.seeds.has(clinic)) throw notFound(`Clinic ${clinic}`);
    return this.store.clinicSettings.audit(clinic, Math.min(Math.max(limit, 1), 500));
  }

  /** Reasons and forms must be ones the server has (a typo would silently switch nothing off). */
  private checkKnown(settings: ClinicSettings): void {
    const errors = [
      ...settings.reasonsOff.flatMap((id, i) => (REASONS.has(id) ? [] : [{ path: `settings.reasonsOff.${i}`, message: `No contact reason ${id}` }])),
      ...settings.forms.flatMap((id, i) => (FORMS.has(id) ? [] : [{ path: `settings.forms.${i}`, message: `No form ${id}` }])),
    ];
    if (errors.length) throw new HttpProblem(422, 'invalid', 'Unknown ids in the settings', errors);
  }
}
