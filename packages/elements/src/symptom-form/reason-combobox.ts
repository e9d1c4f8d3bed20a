import { html, nothing } from 'lit';
import type { ReasonSummary } from '@nara/contract';
import { ReasonSearch, type ReasonMatch } from '@nara/triage';
import type { SymptomFormStrings } from './strings.js';

const LIMIT = 8;

/**
 * The state of the contact-reason combobox (WAI-ARIA 1.2 combobox with a listbox popup) over the
 * clinic's catalogue, searched with `@nara/triage`'s index: diacritics-insensitive, typo-tolerant,
 * synonyms. Holds the query, the matches and the active option.
 */
export class ReasonCombobox {
  query = '';
  matches: ReasonMatch<ReasonSummary>[] = [];
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
  ) {}

  setReasons(reasons: ReasonSummary[]) {
    this.reasons = reasons;
    this.index = new ReasonSearch(reasons);
  }

  get catalogue() {
    return this.reasons;
  }

  /** The reasons a person of this subject may pick. */
  allowed(): ReasonSummary[] {
    const subject = this.subject();
    return this.reasons.filter((r) => !subject || r.audience === 'any' || r.audience === (subject === 'child' ? 'child' : 'adult'));
  }

  search(query: string, s: SymptomFormStrings) {
    this.query = query;
    this.matches = query.trim() && this.index ? this.index.search(query, { subject: this.subject(), limit: LIMIT }) : [];
    this.active = -1;
    this.expanded = this.matches.length > 0;
    this.announcement = query.trim() ? (this.matches.length ? s.results(this.matches.length) : `${s.results(0)} ${s.noMatch}`) : '';
    this.host.requestUpdate();
  }

  reset(query = '') {
    this.query = query;
    this.matches = [];
    this.active = -1;
    this.expanded = false;
    this.announcement = '';
    this.host.requestUpdate();
  }

  private move(by: 1 | -1) {
    if (!this.matches.length) return;
    if (!this.expanded) {
      this.expanded = true;
      this.active = by === 1 ? 0 : this.matches.length - 1;
    } else {
      const n = this.matches.length;
      this.active = this.active < 0 ? (by === 1 ? 0 : n - 1) : (this.active + by + n) % n;
    }
    this.host.requestUpdate();
  }

  choose(index: number) {
    const match = this.matches[index];
    if (!match) return;
    this.reset(match.reason.title);
    this.onChoose(match.reason);
  }

  onKeydown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) {
          this.expanded = this.matches.length > 0;
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

  render(s: SymptomFormStrings) {
    const open = this.expanded && this.matches.length > 0;
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
          aria-describedby="reason-hint"
          .value=${this.query}
          @input=${(e: Event) => this.search((e.target as HTMLInputElement).value, s)}
          @keydown=${this.onKeydown}
          @blur=${() => {
            if (!this.expanded) return;
            this.expanded = false;
            this.host.requestUpdate();
          }}
        />
        <ul id="reason-listbox" role="listbox" aria-label=${s.searchLabel} ?hidden=${!open} part="listbox">
          ${this.matches.map(
            (m, i) => html`<li
              role="option"
              id=${`reason-option-${i}`}
              aria-selected=${i === this.active ? 'true' : 'false'}
              class=${i === this.active ? 'active' : ''}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => this.choose(i)}
            >
              <span class="option-title">${m.reason.title}</span>
              ${m.matched !== m.reason.title ? html`<span class="option-matched">${m.matched}</span>` : nothing}
            </li>`,
          )}
        </ul>
      </div>
      ${this.query.trim() && !this.matches.length ? html`<p class="no-match">${s.noMatch}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}
