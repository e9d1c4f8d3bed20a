import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Profession } from '@nara/contract';
import type { AdminClinicSettings, ClinicSettings, ClinicSettingsChange, SettingsAuditEntry } from '@nara/contract/clinic-settings';
import { LocalizedElement } from '../base/localized-element.js';
import { careWords } from '../base/care-words.js';
import { dateFormat } from '../base/date-format.js';
import { errorAlert } from '../base/error-alert.js';
import { headingLevel } from '../controllers/heading-level.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { tokens, base } from '../styles/tokens.js';
import { clinicSettingsStyles } from './clinic-settings.styles.js';
import { strings } from './strings.js';

/**
 * What the element needs from the backend: the admin API (`/v1/admin/clinics/{clinic}/…`) called
 * with the signed-in admin's token. `save` rejects with an `Error` whose `status` is 409 when someone
 * saved in between, and 422 with `errors` for a bad value.
 */
export interface ClinicSettingsApi {
  get(clinic: string): Promise<AdminClinicSettings>;
  save(clinic: string, change: ClinicSettingsChange): Promise<AdminClinicSettings>;
  audit(clinic: string): Promise<{ entries: SettingsAuditEntry[] }>;
}

type Hours = ClinicSettings['openingHours'][number];
// the professions a clinic may let chat (1177's nurses are not the clinic's); from the words, not the schemas (no zod here)
const CHAT_PROFESSIONS = (Object.keys(careWords.sv.profession) as Profession[]).filter((p) => p !== '1177-nurse');
const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * @tagname nara-clinic-settings
 * @summary A clinic's settings without code, for its admin: which professions chat and the opening
 * hours per channel and profession. Saved with the version read (a change someone else saved in
 * between is said, and nothing typed is lost); in effect for patients at once; every change listed
 * with who and when. The data comes from `api` (the host's signed-in calls to `/v1/admin/…`).
 *
 * @fires nara-settings-saved - The settings were saved. Detail: `{ settings }`.
 *
 * @csspart heading - The heading.
 */
export class NaraClinicSettings extends LocalizedElement {
  static override styles = [tokens, base, clinicSettingsStyles];

  /** The clinic's id. */
  @property() clinic = '';
  /** The clinic's name, for the heading (default the id). */
  @property({ attribute: 'clinic-name' }) clinicName?: string;
  @property({ attribute: false }) api?: ClinicSettingsApi;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private loaded?: AdminClinicSettings;
  @state() private hours: Hours[] = [];
  @state() private chat = new Set<Profession>();
  @state() private audit: SettingsAuditEntry[] = [];
  @state() private status: 'loading' | 'ready' | 'failed' | 'saving' = 'loading';
  @state() private problem?: { kind: 'conflict' | 'invalid' | 'failed'; lines: string[] };
  private readonly live = new LiveAnnouncer(this);

  private get s() {
    return strings[this.lang_];
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('api') || changed.has('clinic')) && this.api && this.clinic) void this.load();
  }

  /** Reads the settings and their changes (the form shows what was read). */
  async load(): Promise<void> {
    if (!this.api) return;
    this.status = 'loading';
    this.problem = undefined;
    try {
      const [settings, audit] = await Promise.all([this.api.get(this.clinic), this.api.audit(this.clinic)]);
      this.show(settings);
      this.audit = audit.entries;
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    }
  }

  private show(settings: AdminClinicSettings) {
    this.loaded = settings;
    this.hours = settings.settings.openingHours.map((h) => ({ ...h }));
    this.chat = new Set(settings.settings.chatProfessions);
  }

  private setTime(index: number, part: 'opens' | 'closes', value: string) {
    this.hours = this.hours.map((h, i) => (i === index ? { ...h, [part]: value } : h));
  }

  private toggleChat(profession: Profession, on: boolean) {
    const next = new Set(this.chat);
    if (on) next.add(profession);
    else next.delete(profession);
    this.chat = next;
  }

  private async save(event: SubmitEvent) {
    event.preventDefault();
    if (!this.api || !this.loaded) return;
    const wrong = this.hours.flatMap((h, i) => (toMinutes(h.closes) <= toMinutes(h.opens) ? [`${this.rowLabel(h)}: ${this.s.closesAfterOpens}`, String(i)] : []));
    if (wrong.length) {
      this.problem = { kind: 'invalid', lines: wrong.filter((_, i) => i % 2 === 0) };
      this.focusProblem();
      return;
    }
    this.status = 'saving';
    this.problem = undefined;
    // in the order read, new ones after: an unchanged choice is not a change in the audit log
    const read = this.loaded.settings.chatProfessions;
    const chatProfessions = [...read.filter((p) => this.chat.has(p)), ...CHAT_PROFESSIONS.filter((p) => this.chat.has(p) && !read.includes(p))];
    try {
      const saved = await this.api.save(this.clinic, { version: this.loaded.version, settings: { openingHours: this.hours, chatProfessions } });
      this.show(saved);
      this.audit = (await this.api.audit(this.clinic).catch(() => ({ entries: this.audit }))).entries;
      this.status = 'ready';
      this.live.announce(this.s.saved(saved.version));
      this.dispatchEvent(new CustomEvent('nara-settings-saved', { detail: { settings: saved }, bubbles: true, composed: true }));
    } catch (error) {
      this.status = 'ready';
      const { status, errors } = error as { status?: number; errors?: { path: string; message: string }[] };
      this.problem =
        status === 409
          ? { kind: 'conflict', lines: [this.s.conflict] }
          : status === 422
            ? { kind: 'invalid', lines: (errors ?? []).map((e) => `${e.path}: ${e.message}`) }
            : { kind: 'failed', lines: [error instanceof Error ? error.message : String(error)] };
      this.focusProblem();
    }
  }

  private focusProblem() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#settings-problem')?.focus());
  }

  /** Keeps what was typed, takes the latest version: the admin makes the change again on top of it. */
  private async reloadKeepingEdits() {
    if (!this.api) return;
    const hours = this.hours;
    const chat = this.chat;
    try {
      const latest = await this.api.get(this.clinic);
      this.show(latest);
      this.hours = hours;
      this.chat = chat;
      this.problem = undefined;
      this.audit = (await this.api.audit(this.clinic)).entries;
    } catch {
      this.problem = { kind: 'failed', lines: [this.s.failed] };
    }
  }

  private rowLabel(h: Hours) {
    const channel = this.s.channel[h.channel] ?? h.channel;
    return h.profession ? `${channel} – ${careWords[this.lang_].profession[h.profession]}` : channel;
  }

  private days(days: number[]) {
    return days.map((d) => this.s.weekday[d - 1]).join(', ');
  }

  override render() {
    const { s } = this;
    const level = headingLevel(this.headingLevel);
    const heading = html`<div class="heading" role="heading" aria-level=${level} part="heading">${s.heading(this.clinicName ?? this.clinic)}</div>`;
    if (this.status === 'loading') return html`${heading}<p role="status">${s.loading}</p>`;
    if (this.status === 'failed' || !this.loaded) return html`${heading}${errorAlert(s.failed, { label: s.retry, onRetry: () => void this.load() })}`;
    const sub = headingLevel(this.headingLevel, 1);
    const when = dateFormat(this.lang_, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
    return html`${heading}
      <form @submit=${this.save} novalidate>
        ${this.problem
          ? html`<div id="settings-problem" class="problem" role="alert" tabindex="-1">
              ${this.problem.kind === 'invalid' ? html`<p>${s.invalid}</p>` : nothing}
              <ul>${this.problem.lines.map((line) => html`<li>${line}</li>`)}</ul>
              ${this.problem.kind === 'conflict' ? html`<button type="button" class="button secondary" @click=${() => void this.reloadKeepingEdits()}>${s.reload}</button>` : nothing}
            </div>`
          : nothing}
        <fieldset>
          <legend><span role="heading" aria-level=${sub}>${s.chat}</span></legend>
          <p class="hint">${s.chatHelp}</p>
          <div class="choices">
            ${CHAT_PROFESSIONS.map(
              (p) => html`<label class="choice"><input type="checkbox" name="chat" value=${p} .checked=${this.chat.has(p)} @change=${(e: Event) => this.toggleChat(p, (e.target as HTMLInputElement).checked)} /> ${careWords[this.lang_].profession[p]}</label>`,
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend><span role="heading" aria-level=${sub}>${s.hours}</span></legend>
          <p class="hint">${s.hoursHelp}</p>
          <ul class="hours">
            ${this.hours.map(
              (h, i) => html`<li data-row=${`${h.channel}${h.profession ? `-${h.profession}` : ''}`}>
                <span class="row-label" id="row-${i}">${this.rowLabel(h)}</span>
                <span class="row-days">${this.days(h.days)}</span>
                <label>${s.opens} <input type="time" step="300" name="opens" .value=${h.opens} aria-describedby="row-${i}" @change=${(e: Event) => this.setTime(i, 'opens', (e.target as HTMLInputElement).value)} /></label>
                <label>${s.closes} <input type="time" step="300" name="closes" .value=${h.closes} aria-describedby="row-${i}" @change=${(e: Event) => this.setTime(i, 'closes', (e.target as HTMLInputElement).value)} /></label>
              </li>`,
            )}
          </ul>
        </fieldset>
        <button class="button" type="submit" ?disabled=${this.status === 'saving'}>${this.status === 'saving' ? s.saving : s.save}</button>
      </form>
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
