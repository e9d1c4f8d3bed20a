import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { NaraError, PROFESSIONS, type Consultation, type Profession, type StaffBackend, type StaffProfile } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { careWords, shortDateTime } from '../base/care-words.js';
import { strings } from './strings.js';

interface Options {
  staff: () => StaffBackend | undefined;
  conversation: () => string;
  me: () => StaffProfile | undefined;
  locale: () => Locale;
  /** Reports an error (events, sign-in) and gives the words to show. */
  fail: (error: unknown) => string;
  announce: (text: string) => void;
  focus: (selector: string) => void;
}

/**
 * Consulting a colleague on the errand without handing it over: the questions asked and their
 * answers, a form to ask (for the one who holds the errand) and one to answer (for the colleague
 * asked). While a question of one's own waits, the live queue tells when it is answered.
 */
export class ErrandConsultations implements ReactiveController {
  list: Consultation[] = [];
  error?: string;
  busy = false;
  private to?: Profession;
  private question = '';
  private answers = new Map<string, string>();
  private following?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: Options,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  stop(): void {
    this.following?.abort();
    this.following = undefined;
  }

  private get s() {
    return strings[this.options.locale()];
  }

  private waitingForMine = () => this.list.some((c) => !c.answer && c.from.id === this.options.me()?.id);

  async load(): Promise<void> {
    const staff = this.options.staff();
    const id = this.options.conversation();
    if (!staff || !id) return;
    try {
      this.list = await staff.consultations(id, { locale: this.options.locale() });
      this.host.requestUpdate();
      if (this.waitingForMine()) this.follow(staff);
    } catch (error) {
      this.options.fail(error);
    }
  }

  /** The live queue changes when a colleague answers: read the errand's consultations again then. */
  private follow(staff: StaffBackend) {
    if (this.following) return;
    const connection = (this.following = new AbortController());
    void (async () => {
      try {
        for await (const _ of staff.queueEvents({ signal: connection.signal })) {
          const before = this.list.filter((c) => c.answer).length;
          this.list = await staff.consultations(this.options.conversation());
          this.host.requestUpdate();
          if (this.list.filter((c) => c.answer).length > before) this.options.announce(this.s.consultAnswered);
          if (!this.waitingForMine()) break;
        }
      } catch (error) {
        if (!connection.signal.aborted && !(NaraError.is(error) && error.code === 'aborted')) this.options.fail(error);
      } finally {
        connection.abort();
        if (this.following === connection) this.following = undefined;
      }
    })();
  }

  private async run(work: (staff: StaffBackend) => Promise<unknown>, done: string, focus: string) {
    const staff = this.options.staff();
    if (!staff || this.busy) return;
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await work(staff);
      this.options.announce(done);
      await this.load();
      this.options.focus(focus);
    } catch (error) {
      this.error = this.options.fail(error);
      this.options.focus('#consult-error');
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private ask = (e: Event, own: Profession) => {
    e.preventDefault();
    const message = this.question.trim();
    if (!message) return;
    const to = this.to ?? (own === 'doctor' ? 'nurse' : 'doctor');
    void this.run(
      async (staff) => {
        await staff.consult(this.options.conversation(), { to, message });
        this.question = '';
      },
      this.s.consultSent(careWords[this.options.locale()].profession[to].toLowerCase()),
      '#consult-h',
    );
  };

  private answer = (e: Event, c: Consultation) => {
    e.preventDefault();
    const text = (this.answers.get(c.id) ?? '').trim();
    if (!text) return;
    void this.run(
      async (staff) => {
        await staff.answerConsultation(c.id, text);
        this.answers.delete(c.id);
      },
      this.s.consultAnswerSent,
      '#consult-h',
    );
  };

  /** `canAsk`: the staff member holds the errand. */
  render(canAsk: boolean) {
    const me = this.options.me();
    const locale = this.options.locale();
    const words = careWords[locale];
    const s = this.s;
    if (!canAsk && this.list.length === 0) return nothing;
    return html`<section aria-labelledby="consult-h">
      <h3 id="consult-h" tabindex="-1">${s.consultHeading}</h3>
      <p class="meta">${s.consultPrivate}</p>
      ${this.error ? html`<p id="consult-error" class="error" role="alert" tabindex="-1" part="error">${this.error}</p>` : nothing}
      ${this.list.length
        ? html`<ul class="consultations">
            ${this.list.map((c) => {
              const mineToAnswer = !c.answer && me && c.from.id !== me.id && (c.to.staffId ? c.to.staffId === me.id : c.to.profession === me.profession);
              return html`<li>
                <p><span class="from">${s.consultAsked(c.from.name, words.profession[c.to.profession].toLowerCase(), shortDateTime(c.askedAt, locale))}</span> ${c.question}</p>
                ${c.answer
                  ? html`<p><span class="from">${s.consultAnswer(c.answer.by.name, shortDateTime(c.answer.at, locale))}</span> ${c.answer.text}</p>`
                  : mineToAnswer
                    ? html`<form @submit=${(e: Event) => this.answer(e, c)}>
                        <div class="field">
                          <label for="answer-${c.id}">${s.consultYourAnswer}</label>
                          <textarea id="answer-${c.id}" maxlength="4000" .value=${this.answers.get(c.id) ?? ''}
                            @input=${(e: Event) => this.answers.set(c.id, (e.target as HTMLTextAreaElement).value)}></textarea>
                        </div>
                        <button class="button" type="submit" ?disabled=${this.busy}>${s.consultReply}</button>
                      </form>`
                    : html`<p class="meta">${s.consultWaiting}</p>`}
              </li>`;
            })}
          </ul>`
        : nothing}
      ${canAsk && me
        ? html`<form @submit=${(e: Event) => this.ask(e, me.profession)}>
            <div class="field">
              <label for="consult-to">${s.consultTo}</label>
              <select id="consult-to" @change=${(e: Event) => (this.to = (e.target as HTMLSelectElement).value as Profession)}>
                ${PROFESSIONS.filter((p) => p !== me.profession && p !== '1177-nurse').map(
                  (p) => html`<option value=${p} ?selected=${p === (this.to ?? (me.profession === 'doctor' ? 'nurse' : 'doctor'))}>${words.profession[p]}</option>`,
                )}
              </select>
            </div>
            <div class="field">
              <label for="consult-text">${s.consultQuestion}</label>
              <textarea id="consult-text" maxlength="4000" .value=${this.question} @input=${(e: Event) => (this.question = (e.target as HTMLTextAreaElement).value)}></textarea>
            </div>
            <button class="button secondary" type="submit" ?disabled=${this.busy}>${s.consultAsk}</button>
          </form>`
        : nothing}
    </section>`;
  }
}
