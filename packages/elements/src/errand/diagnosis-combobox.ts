import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { PRIMARY_CARE_DIAGNOSES, type DiagnosisEntry } from '@nara/contract/diagnoses';

/** ICD-10-SE as typed: a letter, two digits, optionally a dot and up to two more characters. */
const CODE = /^[A-Z]\d{2}(\.?[0-9A-Z]{1,2})?$/;
const MAX_SHOWN = 8;
/** Lower case without diacritics, so "forkylning" finds "förkylning". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** `J069` → `J06.9`, as the server normalises it. */
export const normaliseCode = (code: string) => {
  const c = code.trim().toUpperCase().replace('.', '');
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
};

/** The common primary-care diagnoses matching what was typed: code prefix first, then words in either language. */
export function searchDiagnoses(query: string, list: readonly DiagnosisEntry[] = PRIMARY_CARE_DIAGNOSES): DiagnosisEntry[] {
  const q = fold(query.trim());
  if (!q) return list.slice(0, MAX_SHOWN);
  const code = q.replace('.', '');
  const byCode = list.filter((d) => d.code.toLowerCase().replace('.', '').startsWith(code));
  const words = q.split(/\s+/);
  const byName = list.filter((d) => !byCode.includes(d) && words.every((w) => fold(`${d.sv} ${d.en}`).includes(w)));
  return [...byCode, ...byName].slice(0, MAX_SHOWN);
}

export interface ComboboxText {
  label: string;
  hint: string;
  results: (n: number) => string;
  noResults: string;
  remove: (what: string) => string;
  chosen: string;
  useCode: (code: string) => string;
}

/**
 * The close dialog's diagnosis picker, an ARIA 1.2 combobox with a list of suggestions: type a code or
 * words (Swedish or English), ArrowDown/ArrowUp move, Enter picks, Escape closes the list; a typed
 * valid code not on the list is taken as it is (the server checks it). Picked codes show as buttons that
 * remove them. A controller, so the errand element keeps its state and renders it in its form.
 */
export class DiagnosisCombobox implements ReactiveController {
  query = '';
  open = false;
  active = -1;
  chosen: string[] = [];
  private status = '';

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly id: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  reset(): void {
    Object.assign(this, { query: '', open: false, active: -1, chosen: [], status: '' });
    this.host.requestUpdate();
  }

  private get matches(): DiagnosisEntry[] {
    return searchDiagnoses(this.query).filter((d) => !this.chosen.includes(d.code));
  }

  /** A typed code that is not among the matches, offered as its own last option. */
  private get typedCode(): string | undefined {
    const code = normaliseCode(this.query);
    return CODE.test(code) && !this.chosen.includes(code) && !this.matches.some((d) => d.code === code) ? code : undefined;
  }

  private options(): string[] {
    return [...this.matches.map((d) => d.code), ...(this.typedCode ? [this.typedCode] : [])];
  }

  private pick(code: string) {
    if (this.chosen.length >= 10) return;
    this.chosen = [...this.chosen, code];
    this.query = '';
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
    this.input()?.focus();
  }

  private remove(code: string, text: ComboboxText) {
    this.chosen = this.chosen.filter((c) => c !== code);
    this.status = text.remove(code);
    this.host.requestUpdate();
    this.input()?.focus();
  }

  private input = () => this.host.renderRoot.querySelector<HTMLInputElement>(`#${this.id}`);

  private onKey(e: KeyboardEvent) {
    const options = this.options();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.open) this.open = true;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = options.length ? (this.active + step + options.length) % options.length : -1;
    } else if (e.key === 'Enter') {
      // Enter picks; it never submits the close form by accident.
      if (this.open && this.active >= 0 && options[this.active]) {
        e.preventDefault();
        this.pick(options[this.active]);
        return;
      }
      if (this.query.trim()) {
        e.preventDefault();
        if (this.typedCode) this.pick(this.typedCode);
        else if (options.length === 1) this.pick(options[0]);
        return;
      }
    } else if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      e.stopPropagation();
      this.open = false;
      this.active = -1;
    } else return;
    this.host.requestUpdate();
  }

  render(text: ComboboxText, locale: string) {
    const name = (code: string) => {
      const d = PRIMARY_CARE_DIAGNOSES.find((x) => x.code === code);
      return d ? `${code} ${locale === 'sv' ? d.sv : d.en}` : code;
    };
    const options = this.options();
    const listId = `${this.id}-list`;
    const optionId = (i: number) => `${this.id}-opt-${i}`;
    const count = this.open ? (options.length ? text.results(options.length) : text.noResults) : this.status;
    return html`<div class="field combobox">
      <label for=${this.id}>${text.label}</label>
      <p class="hint" id="${this.id}-hint">${text.hint}</p>
      ${this.chosen.length
        ? html`<ul class="chosen" aria-label=${text.chosen}>
            ${this.chosen.map((code) => html`<li><button type="button" class="chip" aria-label=${text.remove(name(code))} @click=${() => this.remove(code, text)}>${name(code)} <span aria-hidden="true">×</span></button></li>`)}
          </ul>`
        : nothing}
      <input
        id=${this.id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls=${listId}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-describedby="${this.id}-hint"
        aria-activedescendant=${this.open && this.active >= 0 ? optionId(this.active) : nothing}
        .value=${this.query}
        @input=${(e: Event) => {
          this.query = (e.target as HTMLInputElement).value;
          this.open = true;
          this.active = -1;
          this.status = '';
          this.host.requestUpdate();
        }}
        @focus=${() => {
          this.open = true;
          this.host.requestUpdate();
        }}
        @blur=${() => {
          this.open = false;
          this.active = -1;
          this.host.requestUpdate();
        }}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}
      />
      <ul id=${listId} role="listbox" aria-label=${text.label} ?hidden=${!this.open || options.length === 0}>
        ${options.map(
          (code, i) =>
            html`<li
              id=${optionId(i)}
              role="option"
              class=${i === this.active ? 'active' : ''}
              aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.pick(code)}
            >
              ${this.matches.some((d) => d.code === code) ? name(code) : text.useCode(code)}
            </li>`,
        )}
      </ul>
      <p class="visually-hidden" role="status">${count}</p>
    </div>`;
  }
}
