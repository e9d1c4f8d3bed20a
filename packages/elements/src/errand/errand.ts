import { html, nothing, type PropertyDeclarations } from 'lit';
import { ConversationStream } from '@nara/client';
import { PROFESSIONS, type ChatEvent, type NaraError, type Phrase, type Profession, type ReportAttachment, type StaffBackend, type StaffForm, type StaffProfile, type StaffReport } from '@nara/contract';
import { NaraElement } from '../base/nara-element.js';
import { errorAlert } from '../base/error-alert.js';
import { careWords } from '../base/care-words.js';
import { tokens, base } from '../styles/tokens.js';
import { staffBackendOf } from '../staff-queue/staff-queue.js';
import { errandStyles } from './errand.styles.js';
import { renderReport } from './errand-report.js';
import { renderLog } from './errand-chat.js';
import { strings } from './strings.js';
import { ErrandConsultations } from './errand-consult.js';
import { ErrandVisitOffer } from './errand-visit.js';
import { DiagnosisCombobox } from './diagnosis-combobox.js';
import { readOutcome, renderCloseForm, resetCloseForm } from './errand-close.js';

/** A phrase template with the patient's first name and the staff member's name filled in. */
export function fillPhrase(template: string, values: { firstName?: string; staffName?: string }): string {
  return template.replace(/\{(firstName|staffName)\}/g, (_, key: 'firstName' | 'staffName') => values[key] ?? '').replace(/ {2,}/g, ' ');
}

/**
 * @tagname nara-errand
 * @summary Staff: one errand — the patient's report (answers, assessment, pictures inline, PDFs
 * linked, scored forms), the chat with phrase templates, and take, reply, send a form, consult a
 * colleague (the errand stays), offer times for a visit, hand over and close with an outcome.
 *
 * @fires nara-errand-change - Staff took, handed over or closed it. Detail: `{ conversationId, status }`.
 * @fires nara-error - Something could not be done. Detail: `{ code, message }`.
 * @fires nara-auth-required - The backend needs the staff member to sign in. Detail: `{ retry }`.
 *
 * @csspart error - An error message.
 *
 * @cssprop --nara-color-primary-soft - Staff messages in the chat.
 * @cssprop --nara-color-danger - Red flags and rating-scale alerts (always with text).
 */
export class NaraErrand extends NaraElement {
  static override properties: PropertyDeclarations = {
    conversation: { reflect: true },
    report: { state: true, attribute: false },
    events: { state: true, attribute: false },
    me: { state: true, attribute: false },
    phrases: { state: true, attribute: false },
    forms: { state: true, attribute: false },
    loadError: { state: true, attribute: false },
    actionError: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    pictures: { state: true, attribute: false },
  };
  static override styles = [tokens, base, errandStyles];

  /** The errand (conversation id) to show. */
  conversation = '';

  private report?: StaffReport;
  private events: ChatEvent[] = [];
  private me?: StaffProfile;
  private phrases: Phrase[] = [];
  private forms: StaffForm[] = [];
  private loadError?: NaraError;
  private actionError?: string;
  private busy = false;
  private draft = '';
  private announcement = '';
  private pictures = new Map<string, string>();

  private readonly helpers = {
    staff: () => this.staff,
    conversation: () => this.conversation,
    locale: () => this.lang_,
    fail: (error: unknown) => this.errorMessage(this.reportError(error)),
    announce: (text: string) => (this.announcement = text),
    focus: (selector: string) => (this.focusAfterRender = selector),
  };
  private readonly consults = new ErrandConsultations(this, { ...this.helpers, me: () => this.me });
  private readonly visits = new ErrandVisitOffer(this, { ...this.helpers, backend: () => this.getBackend(), clinic: () => this.report?.conversation.clinic });
  /** The close form's diagnosis picker (ICD-10-SE). */
  private readonly diagnoses = new DiagnosisCombobox(this, 'close-diagnosis');
  private stream?: ConversationStream;
  private staff?: StaffBackend;
  private loadedFor?: string;
  private focusAfterRender?: string;

  private get s() {
    return strings[this.lang_];
  }

  /** @internal */
  getBackendForStaff() {
    return this.getBackend();
  }

  override willUpdate(): void {
    const key = `${this.conversation}|${this.api}|${this.demo}|${this.backend ? 'b' : ''}|${this.provided ? 'p' : ''}|${this.lang_}`;
    if (key !== this.loadedFor && this.isConnected) {
      this.loadedFor = key;
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
    this.loadedFor = undefined;
  }

  private stop() {
    this.consults.stop();
    this.stream?.stop();
    this.stream = undefined;
    this.pictures = new Map();
  }

  /** Loads the report, the staff member, phrases and forms, and follows the chat live. */
  async load(): Promise<void> {
    this.stop();
    this.report = undefined;
    this.events = [];
    this.loadError = undefined;
    this.actionError = undefined;
    const id = this.conversation;
    if (!id) return;
    try {
      const staff = (this.staff = await staffBackendOf(this));
      const locale = this.lang_;
      const [report, me, phrases, forms] = await Promise.all([staff.report(id, { locale }), staff.me({ locale }), staff.phrases({ locale }), staff.forms({ locale })]);
      if (id !== this.conversation) return;
      Object.assign(this, { report, me, phrases, forms });
      void this.fetchPictures(report);
      void this.consults.load();
      this.stream = new ConversationStream(staff, id, {
        onEvent: (event) => {
          this.events = [...this.events, event];
          // A form answered, a handover or a close changes the report (scores, status): read it again.
          if (event.type === 'form-answered' || event.type === 'handed-over' || event.type === 'closed' || event.type === 'staff-joined') void this.refreshReport();
        },
      }).start();
    } catch (error) {
      this.loadError = this.reportError(error, () => void this.load());
    }
  }

  private async refreshReport() {
    if (!this.staff || !this.conversation) return;
    try {
      this.report = await this.staff.report(this.conversation, { locale: this.lang_ });
    } catch (error) {
      this.reportError(error);
    }
  }

  /** Pictures are shown as `data:` URLs: a strict CSP allows `img-src data:` more often than `blob:`. */
  private async fetchPictures(report: StaffReport) {
    for (const file of report.attachments.filter((f) => f.contentType.startsWith('image/'))) {
      try {
        const blob = await this.staff!.attachment(file.id);
        const url = await new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.onerror = () => reject(reader.error);
          reader.readAsDataURL(new Blob([blob], { type: file.contentType }));
        });
        this.pictures = new Map(this.pictures).set(file.id, url);
      } catch (error) {
        this.reportError(error);
      }
    }
  }

  private async openFile(file: ReportAttachment) {
    try {
      const blob = await this.staff!.attachment(file.id);
      const url = URL.createObjectURL(new Blob([blob], { type: file.contentType }));
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      this.actionError = this.errorMessage(this.reportError(error));
    }
  }

  /** Runs one staff action: busy while it runs, its error shown (nothing typed is lost), the report read again after. */
  private async act(run: (staff: StaffBackend, id: string) => Promise<unknown>, done: string, focus?: string, changesStatus = true) {
    if (!this.staff || this.busy) return;
    this.busy = true;
    this.actionError = undefined;
    try {
      await run(this.staff, this.conversation);
      this.announcement = done;
      await this.refreshReport();
      if (this.report && changesStatus) this.emit('nara-errand-change', { conversationId: this.conversation, status: this.report.conversation.status });
      this.focusAfterRender = focus;
    } catch (error) {
      this.actionError = this.errorMessage(this.reportError(error));
      this.focusAfterRender = '[part="error"]';
    } finally {
      this.busy = false;
    }
  }

  private take = () => this.act((staff, id) => staff.take(id), this.s.taken, '#reply');

  private send = (e: Event) => {
    e.preventDefault();
    const text = this.draft.trim();
    if (!text) return;
    void this.act(
      async (staff, id) => {
        await staff.reply(id, text);
        this.draft = '';
      },
      this.s.sent,
      '#reply',
      false,
    );
  };

  private insertPhrase(id: string) {
    const phrase = this.phrases.find((p) => p.id === id);
    if (!phrase) return;
    const text = fillPhrase(phrase.text, { firstName: this.report?.patient.firstName, staffName: this.me?.name });
    this.draft = this.draft ? `${this.draft.trimEnd()} ${text}` : text;
    this.focusAfterRender = '#reply';
  }

  private value = (id: string) => this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`)?.value ?? '';

  private sendForm = (e: Event) => {
    e.preventDefault();
    const form = this.forms.find((f) => f.id === this.value('form-id'));
    if (form) void this.act((staff, id) => staff.sendForm(id, form.id), this.s.formSentDone(form.title), '#form-id', false);
  };

  private handOver = (e: Event) => {
    e.preventDefault();
    const to = this.value('handover-to') as Profession;
    void this.act((staff, id) => staff.handOver(id, to), this.s.handedOverDone(careWords[this.lang_].profession[to].toLowerCase()), '#errand-h');
  };

  private close = (e: Event) => {
    e.preventDefault();
    const outcome = readOutcome(this.renderRoot, this.diagnoses);
    void this.act(
      async (staff, id) => {
        await staff.close(id, outcome);
        resetCloseForm(this.renderRoot, this.diagnoses);
      },
      this.s.closedDone,
      '#errand-h',
    );
  };

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
    if (target) {
      target.focus();
      this.focusAfterRender = undefined;
    }
  }

  override render() {
    if (!this.conversation) return html`<p>${this.s.choose}</p>`;
    if (this.loadError) return errorAlert(this.errorMessage(this.loadError), { label: this.s.retry, onRetry: () => void this.load() });
    const report = this.report;
    if (!report) return html`<p role="status">${this.s.loading}</p>`;
    const words = careWords[this.lang_];
    const who = report.patient.name ? `${report.patient.name}, ${report.patient.personnummer}` : report.patient.personnummer;
    const c = report.conversation;
    return html`<h2 id="errand-h" tabindex="-1">${this.s.errand(who)}</h2>
      <p class="meta">
        ${words.status[c.status]} · ${words.profession[c.profession]}${report.subject.kind === 'child' && report.subject.guardian
          ? html` · ${this.s.child(report.subject.ageMonths ?? 0, report.subject.guardian.name ?? report.subject.guardian.personnummer)}`
          : nothing}
      </p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.actionError ? errorAlert(this.actionError) : nothing}
      ${renderReport(report, { locale: this.lang_, pictures: this.pictures, openFile: (f) => void this.openFile(f) })}
      <section aria-labelledby="chat-h">
        <h3 id="chat-h">${this.s.chat}</h3>
        ${renderLog(this.events, this.lang_)}
      </section>
      ${this.consults.render(c.status === 'open' && this.me?.profession === c.profession)}
      ${c.status === 'open' && this.me?.profession === c.profession ? this.visits.render() : nothing}
      ${c.status === 'closed' ? nothing : this.renderActions(report)}`;
  }

  private renderActions(report: StaffReport) {
    const c = report.conversation;
    const words = careWords[this.lang_];
    const mine = this.me?.profession === c.profession;
    return html`<section aria-labelledby="actions-h">
      <h3 id="actions-h">${this.s.actions}</h3>
      ${c.status === 'queued' && mine ? html`<div class="row"><button class="button" type="button" ?disabled=${this.busy} @click=${this.take}>${this.s.take}</button></div>` : nothing}
      ${c.status === 'open' && mine
        ? html`<form class="reply" @submit=${this.send}>
              <div class="field">
                <label for="phrase">${this.s.phrase}</label>
                <select id="phrase" @change=${(e: Event) => {
                  const select = e.target as HTMLSelectElement;
                  this.insertPhrase(select.value);
                  select.value = '';
                }}>
                  <option value="">${this.s.choosePhrase}</option>
                  ${this.phrases.map((p) => html`<option value=${p.id}>${p.title}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="reply">${this.s.reply}</label>
                <textarea id="reply" maxlength="4000" .value=${this.draft} @input=${(e: Event) => (this.draft = (e.target as HTMLTextAreaElement).value)}></textarea>
              </div>
              <div><button class="button" type="submit" ?disabled=${this.busy}>${this.s.send}</button></div>
            </form>
            <form @submit=${this.sendForm}>
              <div class="field">
                <label for="form-id">${this.s.formToSend}</label>
                <select id="form-id">
                  ${this.forms.map((f) => html`<option value=${f.id}>${f.title}</option>`)}
                </select>
              </div>
              <button class="button secondary" type="submit" ?disabled=${this.busy}>${this.s.sendForm}</button>
            </form>`
        : nothing}
      <form @submit=${this.handOver}>
        <div class="field">
          <label for="handover-to">${this.s.handOverTo}</label>
          <select id="handover-to">
            ${PROFESSIONS.filter((p) => p !== c.profession && p !== '1177-nurse').map((p) => html`<option value=${p}>${words.profession[p]}</option>`)}
          </select>
        </div>
        <button class="button secondary" type="submit" ?disabled=${this.busy}>${this.s.handOver}</button>
      </form>
      ${renderCloseForm(this.s, this.lang_, this.diagnoses, this.busy, this.close)}
    </section>`;
  }
}
