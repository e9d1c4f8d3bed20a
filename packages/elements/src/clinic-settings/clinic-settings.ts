import { html, nothing, type PropertyDeclarations } from 'lit';
import type { AdminCatalogue, AdminClinicSettings, ClinicSettings, ClinicSettingsChange, SettingsAuditEntry } from '@nara/contract/clinic-settings';
import { LocalizedElement } from '../base/localized-element.js';
import { dateFormat } from '../base/date-format.js';
import { errorAlert } from '../base/error-alert.js';
import { headingLevel } from '../controllers/heading-level.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { tokens, base } from '../styles/tokens.js';
import { clinicSettingsStyles } from './clinic-settings.styles.js';
import { hoursSection } from './hours-section.js';
import { problemOf, type SectionProblem } from './problem.js';
import { SECTION_KEYS, SECTION_SETTINGS, type SectionContext, type SectionKey, type SettingsSectionModule } from './section.js';
import { strings } from './strings.js';

/**
 * What the element needs from the backend: the admin API (`/v1/admin/…`) called with the signed-in
 * admin's token. `save` rejects with an error whose `status` (or `NaraError` `code`) says why: 409
 * when someone saved in between, 422 with `errors` for a bad value, 401, 403, 5xx, or none (network).
 */
export interface ClinicSettingsApi {
  get(clinic: string): Promise<AdminClinicSettings>;
  save(clinic: string, change: ClinicSettingsChange): Promise<AdminClinicSettings>;
  audit(clinic: string): Promise<{ entries: SettingsAuditEntry[] }>;
  /** `GET /v1/admin/catalogue` in `locale`: the reasons and forms by name (without it, the lists show ids). */
  catalogue?(locale: string): Promise<AdminCatalogue>;
}

// The rarer sections load the first time they are opened.
const loaders: Record<Exclude<SectionKey, 'hours'>, () => Promise<SettingsSectionModule>> = {
  reasons: () => import('./reasons-section.js').then((m) => m.reasonsSection),
  schedule: () => import('./schedule-section.js').then((m) => m.scheduleSection),
  phrases: () => import('./phrases-section.js').then((m) => m.phrasesSection),
  forms: () => import('./forms-section.js').then((m) => m.formsSection),
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * @tagname nara-clinic-settings
 * @summary A clinic's settings without code, for its admin, in sections each saved on its own: which
 * professions chat and the opening hours; the contact reasons offered; the booking schedule; staff
 * phrases; the forms staff may send. Saved with the version read (a change someone else saved in
 * between is said, and nothing typed is lost); in effect for patients and staff at once; every change
 * listed with who and when. The data comes from `api` (the host's signed-in calls to `/v1/admin/…`).
 *
 * @fires nara-settings-saved - A section was saved. Detail: `{ settings, section }`.
 *
 * @csspart heading - The heading.
 */
export class NaraClinicSettings extends LocalizedElement {
  static override properties: PropertyDeclarations = {
    clinic: {},
    clinicName: { attribute: 'clinic-name' },
    api: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    section: { reflect: true },
    loaded: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    audit: { state: true, attribute: false },
    status: { state: true, attribute: false },
    saving: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    modules: { state: true, attribute: false },
    catalogue: { state: true, attribute: false },
    views: { state: true, attribute: false },
  };
  static override styles = [tokens, base, clinicSettingsStyles];

  /** The clinic's id. */
  clinic = '';
  /** The clinic's name, for the heading (default the id). */
  clinicName?: string;
  api?: ClinicSettingsApi;
  headingLevel = 2;
  /** The section shown: `hours` (default), `reasons`, `schedule`, `phrases` or `forms`. */
  section: SectionKey = 'hours';

  private loaded?: AdminClinicSettings;
  private draft?: ClinicSettings;
  private audit: SettingsAuditEntry[] = [];
  private status: 'loading' | 'ready' | 'failed' = 'loading';
  private saving?: SectionKey;
  private problems: Partial<Record<SectionKey, SectionProblem>> = {};
  private modules: Partial<Record<SectionKey, SettingsSectionModule | 'failed'>> = { hours: hoursSection };
  private catalogue?: AdminCatalogue | 'failed';
  private views: Partial<Record<SectionKey, Record<string, unknown>>> = {};
  private catalogueLocale?: string;
  /** What is being loaded now (each once at a time). */
  private readonly pending = new Set<string>();
  private readonly live = new LiveAnnouncer(this);

  private get s() {
    return strings[this.lang_];
  }

  private get key(): SectionKey {
    return SECTION_KEYS.includes(this.section) ? this.section : 'hours';
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('api') || changed.has('clinic')) && this.api && this.clinic) void this.load();
    const key = this.key;
    if (key !== 'hours' && this.modules[key] === undefined) void this.loadSection(key);
    if ((key === 'reasons' || key === 'forms') && this.api?.catalogue && (this.catalogue === undefined || this.catalogueLocale !== this.lang_)) void this.loadCatalogue();
  }

  /** Reads the settings and their changes (the form shows what was read; unsaved edits are dropped). */
  async load(): Promise<void> {
    if (!this.api) return;
    this.status = 'loading';
    this.problems = {};
    try {
      const [settings, audit] = await Promise.all([this.api.get(this.clinic), this.api.audit(this.clinic)]);
      this.loaded = settings;
      this.draft = structuredClone(settings.settings);
      this.audit = audit.entries;
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    }
  }

  private async loadSection(key: Exclude<SectionKey, 'hours'>) {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    if (this.modules[key]) this.modules = { ...this.modules, [key]: undefined };
    try {
      const module = await loaders[key]();
      this.modules = { ...this.modules, [key]: module };
    } catch {
      this.modules = { ...this.modules, [key]: 'failed' };
    } finally {
      this.pending.delete(key);
    }
  }

  private async loadCatalogue() {
    if (!this.api?.catalogue || this.pending.has('catalogue')) return;
    this.pending.add('catalogue');
    const locale = this.lang_;
    this.catalogueLocale = locale;
    if (this.catalogue === 'failed') this.catalogue = undefined;
    try {
      this.catalogue = await this.api.catalogue(locale);
    } catch {
      this.catalogue = 'failed';
    } finally {
      this.pending.delete('catalogue');
    }
  }

  private dirty(key: SectionKey): boolean {
    return !!this.loaded && !!this.draft && SECTION_SETTINGS[key].some((part) => !same(this.draft![part], this.loaded!.settings[part]));
  }

  private context(key: SectionKey): SectionContext {
    const view = this.views[key] ?? {};
    const host = this;
    return {
      lang: this.lang_,
      // read when a handler runs, not when it was rendered: two quick changes both count
      get draft() {
        return host.draft!;
      },
      loaded: this.loaded!.settings,
      catalogue: typeof this.catalogue === 'object' ? this.catalogue : undefined,
      edit: (patch) => (this.draft = { ...this.draft!, ...patch }),
      view,
      setView: (name, value) => (this.views = { ...this.views, [key]: { ...this.views[key], [name]: value } }),
      focusLater: (selector) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
      level: headingLevel(this.headingLevel, 2),
    };
  }

  /** Saves one section from the version read; the other sections' edits stay as they are. */
  private async save(event: SubmitEvent, key: SectionKey) {
    event.preventDefault();
    const module = this.modules[key];
    if (!this.api || !this.loaded || !this.draft || typeof module !== 'object' || this.saving) return;
    const ctx = this.context(key);
    const wrong = module.check(ctx);
    if (wrong.length) return this.setProblem(key, { kind: 'invalid', lines: wrong });
    const settings = module.change ? module.change(ctx) : Object.fromEntries(SECTION_SETTINGS[key].map((part) => [part, this.draft![part]]));
    this.saving = key;
    this.setProblem(key, undefined);
    let saved: AdminClinicSettings;
    try {
      saved = await this.api.save(this.clinic, { version: this.loaded.version, settings });
    } catch (error) {
      this.saving = undefined;
      this.setProblem(key, problemOf(error, this.s));
      return;
    }
    this.saving = undefined;
    this.loaded = saved;
    this.draft = { ...this.draft, ...Object.fromEntries(SECTION_SETTINGS[key].map((part) => [part, structuredClone(saved.settings[part])])) };
    this.live.announce(this.s.saved(this.s.sections[key], saved.version));
    this.dispatchEvent(new CustomEvent('nara-settings-saved', { detail: { settings: saved, section: key }, bubbles: true, composed: true }));
    this.audit = (await this.api.audit(this.clinic).catch(() => ({ entries: this.audit }))).entries;
  }

  private setProblem(key: SectionKey, problem: SectionProblem | undefined) {
    this.problems = { ...this.problems, [key]: problem };
    if (problem) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#settings-problem')?.focus());
  }

  /** Takes the latest version and keeps every section's edits on top of it: the admin saves again. */
  private async reloadKeepingEdits(key: SectionKey) {
    if (!this.api || !this.loaded || !this.draft) return;
    try {
      const latest = await this.api.get(this.clinic);
      const draft = structuredClone(latest.settings);
      for (const section of SECTION_KEYS)
        if (this.dirty(section)) for (const part of SECTION_SETTINGS[section]) Object.assign(draft, { [part]: this.draft[part] });
      this.loaded = latest;
      this.draft = draft;
      this.setProblem(key, undefined);
      this.live.announce(this.s.reloaded);
      this.audit = (await this.api.audit(this.clinic)).entries;
    } catch (error) {
      this.setProblem(key, problemOf(error, this.s));
    }
  }

  private undo(key: SectionKey) {
    if (!this.loaded || !this.draft) return;
    this.draft = { ...this.draft, ...Object.fromEntries(SECTION_SETTINGS[key].map((part) => [part, structuredClone(this.loaded!.settings[part])])) };
    this.setProblem(key, undefined);
    this.live.announce(this.s.undone);
  }

  private renderProblem(key: SectionKey) {
    const problem = this.problems[key];
    if (!problem) return nothing;
    const { s } = this;
    return html`<div id="settings-problem" class="problem" role="alert" tabindex="-1">
      ${problem.kind === 'invalid' ? html`<p>${s.invalid}</p>` : nothing}
      <ul>${problem.lines.map((line) => html`<li>${line}</li>`)}</ul>
      ${problem.kind === 'conflict' ? html`<button type="button" class="button secondary" @click=${() => void this.reloadKeepingEdits(key)}>${s.reload}</button>` : nothing}
    </div>`;
  }

  private renderSection(key: SectionKey) {
    const { s } = this;
    const module = this.modules[key];
    if (module === 'failed') return errorAlert(s.sectionFailed, { label: s.retry, onRetry: () => void this.loadSection(key as Exclude<SectionKey, 'hours'>) });
    if (!module) return html`<p role="status">${s.loading}</p>`;
    if ((key === 'reasons' || key === 'forms') && this.catalogue === 'failed')
      return errorAlert(s.catalogueFailed, { label: s.retry, onRetry: () => void this.loadCatalogue() });
    if ((key === 'reasons' || key === 'forms') && this.api?.catalogue && !this.catalogue) return html`<p role="status">${s.loading}</p>`;
    const dirty = this.dirty(key);
    return html`<form data-section=${key} @submit=${(e: SubmitEvent) => void this.save(e, key)} novalidate aria-labelledby="section-h">
      ${this.renderProblem(key)} ${module.render(this.context(key))}
      <div class="actions">
        <button class="button" type="submit" ?disabled=${!!this.saving}>${this.saving === key ? s.saving : s.save}</button>
        ${dirty ? html`<button class="button quiet" type="button" @click=${() => this.undo(key)}>${s.undo}</button>` : nothing}
      </div>
    </form>`;
  }

  override render() {
    const { s } = this;
    const level = headingLevel(this.headingLevel);
    const heading = html`<div class="heading" role="heading" aria-level=${level} part="heading">${s.heading(this.clinicName ?? this.clinic)}</div>`;
    if (this.status === 'loading') return html`${heading}<p role="status">${s.loading}</p>`;
    if (this.status === 'failed' || !this.loaded || !this.draft) return html`${heading}${errorAlert(s.failed, { label: s.retry, onRetry: () => void this.load() })}`;
    const sub = headingLevel(this.headingLevel, 1);
    const when = dateFormat(this.lang_, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
    const key = this.key;
    return html`${heading}
      <nav aria-label=${s.sectionsNav}>
        <ul class="tabs">
          ${SECTION_KEYS.map(
            (k) => html`<li>
              <button type="button" class="button secondary" data-open=${k} aria-current=${k === key ? 'true' : nothing} @click=${() => (this.section = k)}>
                ${s.sections[k]}${this.dirty(k) ? html`<span class="unsaved"> (${s.unsaved})</span>` : nothing}
              </button>
            </li>`,
          )}
        </ul>
      </nav>
      <section class="section" aria-labelledby="section-h">
        <div id="section-h" role="heading" aria-level=${sub}>${s.sections[key]}</div>
        ${this.renderSection(key)}
      </section>
      <section aria-labelledby="audit-h">
        <div id="audit-h" role="heading" aria-level=${sub}>${s.audit}</div>
        ${this.audit.length
          ? html`<ul class="audit">
              ${this.audit.map((entry) => html`<li>${s.change(entry.actorName ?? entry.actor, when.format(new Date(entry.at)), entry.changes.map((c) => s.section[c.section] ?? c.section).join(', '))}</li>`)}
            </ul>`
          : html`<p>${s.noChanges}</p>`}
      </section>
      ${this.live.region()}`;
  }
}
