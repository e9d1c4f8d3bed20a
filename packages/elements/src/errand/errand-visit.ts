import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CareBackend, Profession, Slot, StaffBackend, VisitType } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { careWords } from '../base/care-words.js';
import { dateFormat } from '../base/date-format.js';
import { strings } from './strings.js';

/** The most times one offer holds (the contract's limit). */
const MAX_OFFERED = 5;
const VISIT_TYPES: VisitType[] = ['physical', 'video', 'phone'];

interface Options {
  backend: () => Promise<CareBackend>;
  staff: () => StaffBackend | undefined;
  conversation: () => string;
  clinic: () => string | undefined;
  locale: () => Locale;
  fail: (error: unknown) => string;
  announce: (text: string) => void;
  focus: (selector: string) => void;
}

export const slotWhen = (slot: Slot, locale: Locale) =>
  dateFormat(locale, { timeZone: 'Europe/Stockholm', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(slot.start));

/**
 * Booking a visit for the patient: the clinic's free times for a profession and visit type (the
 * same listing the booking picker shows), up to five of them ticked and offered in the chat, where
 * the patient confirms one with one press.
 */
export class ErrandVisitOffer implements ReactiveController {
  slots?: Slot[];
  chosen = new Set<string>();
  profession: Profession = 'doctor';
  visitType: VisitType | '' = '';
  busy = false;
  error?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: Options,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get s() {
    return strings[this.options.locale()];
  }

  private async work(run: () => Promise<void>, focus: string) {
    if (this.busy) return;
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await run();
      this.options.focus(focus);
    } catch (error) {
      this.error = this.options.fail(error);
      this.options.focus('#visit-error');
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** The next two weeks' free times (at most 12 shown). */
  findSlots = (e?: Event) => {
    e?.preventDefault();
    const clinic = this.options.clinic();
    if (!clinic) return;
    void this.work(async () => {
      const backend = await this.options.backend();
      const now = Date.now();
      const { slots } = await backend.getSlots(
        { clinic, from: new Date(now + 3_600_000).toISOString(), to: new Date(now + 14 * 86_400_000).toISOString(), profession: this.profession, ...(this.visitType ? { visitType: this.visitType } : {}) },
        { locale: this.options.locale() },
      );
      this.slots = slots.slice(0, 12);
      this.chosen = new Set();
      this.options.announce(this.s.visitFound(this.slots.length));
    }, '#visit-slots');
  };

  private offer = (e: Event) => {
    e.preventDefault();
    const staff = this.options.staff();
    if (!staff || this.chosen.size === 0) return;
    void this.work(async () => {
      await staff.offerVisit(this.options.conversation(), [...this.chosen]);
      this.options.announce(this.s.visitOfferedDone(this.chosen.size));
      this.chosen = new Set();
      this.slots = undefined;
    }, '#visit-h');
  };

  private toggle(slot: Slot, on: boolean) {
    if (on) this.chosen.add(slot.id);
    else this.chosen.delete(slot.id);
    this.host.requestUpdate();
  }

  render() {
    const s = this.s;
    const locale = this.options.locale();
    const words = careWords[locale];
    return html`<section aria-labelledby="visit-h">
      <h3 id="visit-h" tabindex="-1">${s.visitHeading}</h3>
      ${this.error ? html`<p id="visit-error" class="error" role="alert" tabindex="-1" part="error">${this.error}</p>` : nothing}
      <form @submit=${this.findSlots}>
        <div class="field">
          <label for="visit-profession">${s.visitWith}</label>
          <select id="visit-profession" @change=${(e: Event) => (this.profession = (e.target as HTMLSelectElement).value as Profession)}>
            ${(['doctor', 'nurse', 'physiotherapist', 'psychologist', 'counsellor', 'midwife', 'child-health-nurse'] as Profession[]).map(
              (p) => html`<option value=${p} ?selected=${p === this.profession}>${words.profession[p]}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="visit-type">${s.visitType}</label>
          <select id="visit-type" @change=${(e: Event) => (this.visitType = (e.target as HTMLSelectElement).value as VisitType | '')}>
            <option value="">${s.visitAnyType}</option>
            ${VISIT_TYPES.map((t) => html`<option value=${t} ?selected=${t === this.visitType}>${s.visitTypes[t]}</option>`)}
          </select>
        </div>
        <button class="button secondary" type="submit" ?disabled=${this.busy}>${s.visitFind}</button>
      </form>
      ${this.slots
        ? html`<form @submit=${this.offer}>
            <fieldset id="visit-slots" tabindex="-1">
              <legend>${s.visitChoose(MAX_OFFERED)}</legend>
              ${this.slots.length === 0 ? html`<p>${s.visitNone}</p>` : nothing}
              ${this.slots.map(
                (slot, i) => html`<div class="check">
                  <input type="checkbox" id="slot-${i}" .checked=${this.chosen.has(slot.id)}
                    ?disabled=${!this.chosen.has(slot.id) && this.chosen.size >= MAX_OFFERED}
                    @change=${(e: Event) => this.toggle(slot, (e.target as HTMLInputElement).checked)} />
                  <label for="slot-${i}">${slotWhen(slot, locale)} · ${s.visitTypes[slot.visitType]} · ${words.profession[slot.profession]}</label>
                </div>`,
              )}
            </fieldset>
            <button class="button" type="submit" ?disabled=${this.busy || this.chosen.size === 0}>${s.visitOffer(this.chosen.size)}</button>
          </form>`
        : nothing}
    </section>`;
  }
}
