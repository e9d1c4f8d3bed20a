import { html, nothing } from 'lit';
import type { Locale, ReasonSummary } from '@nara/contract';
import { ReasonSearch, findEmergency, type EmergencyMatch } from '@nara/triage';
import { emergencyAdvice } from '../base/emergency-advice.js';
import type { SymptomFormStrings } from './strings.js';

const LIMIT = 8;
/** The general reason a patient describes in their own words when nothing fits. */
export const FALLBACK_REASON = 'annat-medicinskt';
/** Below this match quality (1 = every word typed matched a title) the general reason is offered too. */
const WEAK = 0.5;

/** One option of the listbox: a matching reason, or the general reason when nothing fits well. */
interface Entry {
  reason: ReasonSummary;
  matched?: string;
  fallback?: boolean;
}

/**
 * The state of the contact-reason combobox (WAI-ARIA 1.2 combobox with a listbox popup) over the
 * clinic's catalogue, searched with `@nara/triage`'s index (how patients write: filler words,
 * inflections, compounds, typos). Text that describes an emergency puts the 112 advice first, above
 * the options, announced at once (`role="alert"`); when nothing fits, the general reason is offered.
 */
export class ReasonCombobox {
  query = '';
  entries: Entry[] = [];
  emergency?: EmergencyMatch;
  active = -1;
  expanded = false;
  /** What the polite live region says; set after each search. */
  announcement = '';
  private index?: ReasonSearch<ReasonSummary>;
  private reasons: ReasonSummary[] = [];

  constructor(
    private readonly host: { requestUpdate(): void },
    private readonly subject: () => 'self' | 'child' | undefined,
    private readonly onChoose: (reason: ReasonSummary) => void,
    private readonly locale: () => Locale = () => 'sv',
  ) {}

  setReasons(reasons: ReasonSummary[]) {
    this.reasons = reasons;
    this.index = new ReasonSearch(reasons, { locale: this.locale() });
  }

  get catalogue() {
    return this.reasons;
  }

  /** The reasons of the list, without the general one offered as a fallback. */
  get matches(): Entry[] {
    return this.entries.filter((e) => !e.fallback);
  }

  /** The reasons a person of this subject may pick. */
  allowed(): ReasonSummary[] {
    const subject = this.subject();
    return this.reasons.filter((r) => !subject || r.audience === 'any' || r.audience === (subject === 'child' ? 'child' : 'adult'));
  }

  search(query: string, s: SymptomFormStrings) {
    this.query = query;
    const typed = query.trim();
    const emergency = typed ? findEmergency(query) : undefined;
    const found = typed && this.index ? this.index.search(query, { subject: this.subject(), limit: LIMIT }) : [];
    // Under the 112 advice, only reasons that fit well: someone writing "jag vill inte leva längre" is offered
    // Nedstämdhet, not reasons that share a few letters (Födelsemärke eller leverfläck for "leva").
    const matches = emergency ? found.filter((m) => m.score >= WEAK) : found;
    this.entries = matches.map((m) => ({ reason: m.reason, matched: m.matched }));
    const fallback = this.allowed().find((r) => r.id === FALLBACK_REASON);
    if (typed && fallback && (!matches.length || matches[0].score < WEAK) && !matches.some((m) => m.reason.id === FALLBACK_REASON)) {
      this.entries.push({ reason: fallback, fallback: true });
    }
    this.emergency = emergency;
    this.active = -1;
    this.expanded = this.entries.length > 0;
    this.announcement = typed ? `${s.results(matches.length)}${matches.length ? '' : ` ${s.noMatch}`}` : '';
    this.host.requestUpdate();
  }

  reset(query = '') {
    this.query = query;
    this.entries = [];
    this.emergency = undefined;
    this.active = -1;
    this.expanded = false;
    this.announcement = '';
    this.host.requestUpdate();
  }

  private move(by: 1 | -1) {
    if (!this.entries.length) return;
    if (!this.expanded) {
      this.expanded = true;
      this.active = by === 1 ? 0 : this.entries.length - 1;
    } else {
      const n = this.entries.length;
      this.active = this.active < 0 ? (by === 1 ? 0 : n - 1) : (this.active + by + n) % n;
    }
    this.host.requestUpdate();
  }

  choose(index: number) {
    const entry = this.entries[index];
    if (!entry) return;
    this.reset(entry.reason.title);
    this.onChoose(entry.reason);
  }

  onKeydown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) {
          this.expanded = this.entries.length > 0;
          this.host.requestUpdate();
        } else this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(-1);
        break;
      case 'Enter':
        if (this.expanded && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (this.expanded) {
          this.expanded = false;
          this.active = -1;
          this.host.requestUpdate();
        } else this.reset();
        break;
    }
  };

  /** The 112 advice for what was typed: the words, a call link, and a helpline where one fits. */
  private renderEmergency(s: SymptomFormStrings) {
    return emergencyAdvice(this.emergency, {
      lead: `${s.emergencyHeading}.`,
      call112: s.call112,
      lang: this.locale(),
      className: 'search-emergency',
      id: 'reason-emergency',
      part: 'search-emergency',
    });
  }

  render(s: SymptomFormStrings) {
    const open = this.expanded && this.entries.length > 0;
    const activeId = open && this.active >= 0 ? `reason-option-${this.active}` : undefined;
    return html`<div class="combobox">
      <label for="reason-input">${s.searchLabel}</label>
      <p class="hint" id="reason-hint">${s.searchHint} <span class="key-hint">${s.searchKeyHint}</span></p>
      <div class="combobox-field">
        <input
          id="reason-input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="reason-listbox"
          aria-activedescendant=${activeId ?? nothing}
          aria-describedby=${this.emergency ? 'reason-hint reason-emergency' : 'reason-hint'}
          .value=${this.query}
          @input=${(e: Event) => this.search((e.target as HTMLInputElement).value, s)}
          @keydown=${this.onKeydown}
          @blur=${() => {
            if (!this.expanded) return;
            this.expanded = false;
            this.host.requestUpdate();
          }}
        />
        ${this.renderEmergency(s)}
        <ul id="reason-listbox" role="listbox" aria-label=${s.searchLabel} ?hidden=${!open} part="listbox">
          ${this.entries.map(
            (entry, i) => html`<li
              role="option"
              id=${`reason-option-${i}`}
              aria-selected=${i === this.active ? 'true' : 'false'}
              class=${[i === this.active ? 'active' : '', entry.fallback ? 'fallback' : ''].join(' ').trim()}
              data-reason=${entry.reason.id}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => this.choose(i)}
            >
              <span class="option-title">${entry.fallback ? s.fallbackOption : entry.reason.title}</span>
              ${entry.matched && entry.matched !== entry.reason.title ? html`<span class="option-matched">${entry.matched}</span>` : nothing}
            </li>`,
          )}
        </ul>
      </div>
      ${this.query.trim() && !this.matches.length ? html`<p class="no-match">${s.noMatch}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}
