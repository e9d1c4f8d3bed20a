import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Indicator, IndicatorReport } from '@nara/contract/follow-up';
import { indicatorsCsv } from '@nara/contract/indicator-csv';
import { LocalizedElement } from '../base/localized-element.js';
import { intlLocale } from '../base/locale.js';
import { headingLevel } from '../controllers/heading-level.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { tokens, base } from '../styles/tokens.js';
import { followUpStyles } from './follow-up.styles.js';
import { strings } from './strings.js';

/** What the element asks for: a period (whole days, inclusive) and optionally one clinic. */
export interface FollowUpQuery {
  from: string;
  to: string;
  clinic?: string;
}

/** Loads a report, e.g. `GET /v1/staff/indicators` with the staff member's or region's token. */
export type FollowUpLoader = (query: FollowUpQuery) => Promise<IndicatorReport>;

interface Chart {
  id: string;
  caption: string;
  rows: { label: string; indicator: Indicator }[];
}

const OUTCOMES = ['resolved-digitally', 'physical-visit', 'referral', 'sent-to-emergency'];
const URGENCIES = ['emergency', 'emergency-department', 'urgent', 'soon', 'routine', 'self-care'];
const STRAMA = ['strama-respiratory-antibiotics', 'strama-cystitis-antibiotics', 'patients-75-plus', 'recontact-7d'];
const TIMES = ['first-answer-median', 'first-answer-p90', 'close-median', 'close-p90'];

/**
 * @tagname nara-follow-up
 * @summary Follow-up for a clinic or a region: how errands ended, urgency, Strama's antibiotic
 * indicators, the elderly, re-contacts and answer times, as bar charts each with a data table, with
 * period and clinic filters and a CSV download. The data comes from `loader` (the host's signed-in
 * call to `GET /v1/staff/indicators`).
 *
 * @fires nara-follow-up-load - A report was loaded. Detail: `{ report }`.
 *
 * @csspart heading - The heading.
 * @cssprop --nara-color-primary - The bars.
 */
export class NaraFollowUp extends LocalizedElement {
  static override properties: PropertyDeclarations = {
    loader: { attribute: false },
    from: {},
    to: {},
    clinics: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    report: { state: true, attribute: false },
    status: { state: true, attribute: false },
    selectedClinic: { state: true, attribute: false },
    open: { state: true, attribute: false },
  };
  static override styles = [tokens, base, followUpStyles];

  /** Loads the report for a period and clinic. */
  loader?: FollowUpLoader;
  /** First day (YYYY-MM-DD); default the first of last month. */
  from = '';
  /** Last day (YYYY-MM-DD), inclusive; default the last of last month. */
  to = '';
  /** Clinics offered in the filter (id → name), for the region role. */
  clinics: Record<string, string> = {};
  heading?: string;
  headingLevel = 2;

  private report?: IndicatorReport;
  private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private selectedClinic = '';
  private open = new Set<string>();
  private readonly live = new LiveAnnouncer(this);

  private get s() {
    return strings[this.lang_];
  }

  /** The server's labels are in Swedish and English; other languages read the Swedish. */
  private get labelLocale(): 'sv' | 'en' {
    return this.lang_ === 'en' ? 'en' : 'sv';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.from || !this.to) {
      const now = new Date();
      const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
      const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
      this.from ||= first.toISOString().slice(0, 10);
      this.to ||= last.toISOString().slice(0, 10);
    }
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('loader') && this.loader) void this.load();
  }

  /** Loads the report for the chosen period and clinic. */
  async load(): Promise<void> {
    if (!this.loader) return;
    this.status = 'loading';
    try {
      const answer = await this.loader({ from: this.from, to: this.to, ...(this.selectedClinic ? { clinic: this.selectedClinic } : {}) });
      // the host's loader may hand over anything (a proxy's error page, an older server): check it against
      // the contract before drawing it, and say it could not be loaded rather than break
      const { IndicatorReport } = await import('@nara/contract/follow-up');
      const checked = IndicatorReport.safeParse(answer);
      if (!checked.success) throw new Error(`the follow-up report does not match the contract: ${checked.error.message.slice(0, 200)}`);
      this.report = checked.data;
      this.status = 'ready';
      const closed = this.report.indicators.find((i) => i.id === 'errands-closed')?.value ?? 0;
      this.live.announce(this.s.loaded(closed));
      this.dispatchEvent(new CustomEvent('nara-follow-up-load', { detail: { report: this.report }, bubbles: true, composed: true }));
    } catch (error) {
      console.warn('nara-follow-up:', error);
      this.status = 'error';
    }
  }

  private submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.from = String(data.get('from') ?? this.from);
    this.to = String(data.get('to') ?? this.to);
    this.selectedClinic = String(data.get('clinic') ?? '');
    void this.load();
  }

  /** The report as CSV, the same columns as the server's `format=csv`. */
  csv(): string {
    if (!this.report) return '';
    return indicatorsCsv([{ clinic: this.report.clinic ?? 'all', indicators: this.report.indicators }, ...(this.report.clinics ?? [])], this.labelLocale);
  }

  private download() {
    const url = URL.createObjectURL(new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `nara-follow-up-${this.from}-${this.to}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private charts(report: IndicatorReport): Chart[] {
    const byId = new Map(report.indicators.map((i) => [i.id, i]));
    const rows = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? [{ label: byId.get(id)!.label[this.labelLocale], indicator: byId.get(id)! }] : []));
    const charts: Chart[] = [
      { id: 'outcomes', caption: this.s.outcomes, rows: rows(OUTCOMES) },
      { id: 'urgency', caption: this.s.urgency, rows: rows(URGENCIES.map((u) => `urgency-${u}`)) },
      { id: 'strama', caption: this.s.strama, rows: rows(STRAMA) },
      { id: 'times', caption: this.s.times, rows: rows(TIMES) },
    ];
    if (report.clinics && report.clinics.length > 1) {
      charts.push({
        id: 'clinics',
        caption: this.s.perClinic,
        rows: report.clinics.flatMap((c) => {
          const i = c.indicators.find((x) => x.id === 'resolved-digitally');
          return i ? [{ label: this.clinics[c.clinic] ?? c.clinic, indicator: i }] : [];
        }),
      });
    }
    return charts;
  }

  private shown(i: Indicator): string {
    if (i.suppressed) return this.s.hidden;
    if (i.value === null) return this.s.noValue;
    // numbers as the language writes them: "83,5 %" in Swedish, "83.5%" in English
    const locale = intlLocale(this.lang_);
    if (i.unit === 'share') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(i.value);
    const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(i.value);
    if (i.unit === 'minutes') return this.s.minutes(n);
    if (i.unit === 'per-1000') return this.s.per1000(n);
    return n;
  }

  private chart(chart: Chart): TemplateResult {
    const max = Math.max(1, ...chart.rows.map((r) => (r.indicator.unit === 'share' ? 1 : (r.indicator.value ?? 0))));
    const open = this.open.has(chart.id);
    const toggle = () => {
      const next = new Set(this.open);
      if (open) next.delete(chart.id);
      else next.add(chart.id);
      this.open = next;
    };
    const tableId = `table-${chart.id}`;
    return html`<section class="chart" data-chart=${chart.id} aria-labelledby="cap-${chart.id}">
      <div class="caption" id="cap-${chart.id}" role="heading" aria-level=${headingLevel(this.headingLevel, 1)}>${chart.caption}</div>
      <ul class="bars">
        ${chart.rows.map(
          (r) => html`<li>
            <span class="bar-label"><span>${r.label}</span><span>${this.shown(r.indicator)}</span></span>
            <span class="track" aria-hidden="true"><span class="fill" style="display:block;inline-size:${Math.min(100, ((r.indicator.value ?? 0) / max) * 100)}%"></span></span>
          </li>`,
        )}
      </ul>
      <button type="button" class="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${tableId} @click=${toggle}>
        ${open ? this.s.hideTable : this.s.showTable}
      </button>
      <div id=${tableId} ?hidden=${!open}>
        <table>
          <caption class="visually-hidden">${chart.caption}</caption>
          <thead>
            <tr><th scope="col">${this.s.indicator}</th><th scope="col">${this.s.numerator}</th><th scope="col">${this.s.denominator}</th><th scope="col">${this.s.value}</th></tr>
          </thead>
          <tbody>
            ${chart.rows.map(
              (r) => html`<tr>
                <th scope="row">${r.label}</th>
                <td class="num">${r.indicator.numerator ?? '–'}</td>
                <td class="num">${r.indicator.denominator ?? '–'}</td>
                <td class="num">${this.shown(r.indicator)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  override render() {
    const s = this.s;
    const clinicIds = Object.keys(this.clinics);
    const closed = this.report?.indicators.find((i) => i.id === 'errands-closed');
    return html`
      <div role="heading" aria-level=${headingLevel(this.headingLevel)} part="heading" class="heading">${this.heading ?? s.heading}</div>
      <form @submit=${this.submit} aria-label=${s.filters}>
        <label>${s.from}<input type="date" name="from" .value=${this.from} required /></label>
        <label>${s.to}<input type="date" name="to" .value=${this.to} required /></label>
        ${clinicIds.length > 0
          ? html`<label
              >${s.clinic}
              <select name="clinic">
                <option value="" ?selected=${!this.selectedClinic}>${s.allClinics}</option>
                ${clinicIds.map((id) => html`<option value=${id} ?selected=${this.selectedClinic === id}>${this.clinics[id]}</option>`)}
              </select></label
            >`
          : nothing}
        <button class="button" type="submit">${s.show}</button>
        <button class="button" type="button" ?disabled=${!this.report} @click=${this.download}>${s.download}</button>
      </form>
      ${this.status === 'loading' ? html`<p role="status">${s.loading}</p>` : nothing}
      ${this.status === 'error' ? html`<p class="error" role="alert">${s.failed}</p>` : nothing}
      ${this.report
        ? html`<p><strong>${s.closed}:</strong> ${closed ? this.shown(closed) : ''}</p>
            <div class="charts">${this.charts(this.report).map((c) => this.chart(c))}</div>`
        : nothing}
    `;
  }
}
