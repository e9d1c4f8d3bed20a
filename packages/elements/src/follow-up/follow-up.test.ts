import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { NaraFollowUp, FollowUpQuery } from './follow-up.js';
import type { IndicatorReport } from '@nara/contract/follow-up';
import { createApp, fillFollowUpMonth } from '@nara/server';

const app = createApp();
const filled = fillFollowUpMonth(app.context.store, { month: '2026-11', count: 2100 });
const CLINICS = { 'vc-linden': 'Vårdcentralen Linden', 'vc-kvarnen': 'Vårdcentralen Kvarnen', 'hc-alvstranden': 'Hälsocentralen Älvstranden' };

/** The region's token against the in-page server, like the host page would call it. */
const loader = (token: string, seen: FollowUpQuery[] = []) => async (query: FollowUpQuery): Promise<IndicatorReport> => {
  await filled;
  seen.push(query);
  const params = new URLSearchParams({ from: query.from, to: query.to, ...(query.clinic ? { clinic: query.clinic } : {}) });
  const response = await app.fetch(new Request(`https://nara.test/v1/staff/indicators?${params}`, { headers: { Authorization: `Bearer ${token}` } }));
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
};

async function mount(locale: 'sv' | 'en', token = 'test-region:region-ylva', seen: FollowUpQuery[] = []) {
  const el = await fixture<NaraFollowUp>(
    html`<nara-follow-up locale=${locale} from="2026-11-01" to="2026-11-30" .clinics=${CLINICS} .loader=${loader(token, seen)}></nara-follow-up>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[data-chart]'), 'charts rendered', { timeout: 10_000 });
  return el;
}

describe('nara-follow-up', () => {
  it('is accessible in Swedish and English, tables open included', async () => {
    for (const locale of ['sv', 'en'] as const) {
      const el = await mount(locale);
      await expect(el).to.be.accessible();
      for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[aria-controls]')) b.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('shows the seeded month as charts whose figures match the server, per clinic for the region', async () => {
    const el = await mount('en');
    const report = await loader('test-region:region-ylva')({ from: '2026-11-01', to: '2026-11-30' });
    const closed = report.indicators.find((i) => i.id === 'errands-closed')!.value!;
    expect(closed).to.be.greaterThan(2000);
    expect(el.shadowRoot!.textContent).to.contain(String(closed));
    const charts = [...el.shadowRoot!.querySelectorAll('[data-chart]')].map((c) => c.getAttribute('data-chart'));
    expect(charts).to.deep.equal(['outcomes', 'urgency', 'strama', 'times', 'clinics']);
    const digital = report.indicators.find((i) => i.id === 'resolved-digitally')!;
    const row = [...el.shadowRoot!.querySelectorAll('[data-chart="outcomes"] tbody tr')][0];
    expect([...row.querySelectorAll('td')].map((td) => td.textContent!.trim()).slice(0, 2)).to.deep.equal([String(digital.numerator), String(digital.denominator)]);
  });

  it('draws each bar under its label, and writes numbers as the language does', async () => {
    for (const [locale, share] of [['sv', /^\d+(,\d)?\s%$/], ['en', /^\d+(\.\d)?%$/]] as const) {
      const el = await mount(locale);
      const rows = [...el.shadowRoot!.querySelectorAll('[data-chart="outcomes"] li')];
      expect(rows.length).to.be.greaterThan(1);
      for (let i = 0; i + 1 < rows.length; i++) {
        const track = rows[i].querySelector('.track')!.getBoundingClientRect();
        const label = rows[i].querySelector('.bar-label')!.getBoundingClientRect();
        const next = rows[i + 1].querySelector('.bar-label')!.getBoundingClientRect();
        expect(track.height, 'the bar has a height').to.be.greaterThan(4);
        expect(track.top, 'the bar is under its label').to.be.at.least(label.bottom - 0.5);
        expect(track.bottom, "the bar does not run into the next row's label").to.be.at.most(next.top + 0.5);
      }
      expect(rows[0].querySelector('.bar-label > :last-child')!.textContent!.trim()).to.match(share);
    }
  });

  it('the table of a chart opens and closes from the keyboard', async () => {
    const el = await mount('sv');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-chart="urgency"] [aria-controls]')!;
    const table = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(table.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(table.hidden).to.equal(false);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(table.hidden).to.equal(true);
  });

  it('the period and clinic filters ask again; the CSV has a row per clinic and indicator', async () => {
    const seen: FollowUpQuery[] = [];
    const el = await mount('sv', 'test-region:region-ylva', seen);
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name="from"]')!.value = '2026-11-10';
    root.querySelector<HTMLSelectElement>('select[name="clinic"]')!.value = 'vc-linden';
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => seen.length === 2);
    expect(seen[1]).to.deep.equal({ from: '2026-11-10', to: '2026-11-30', clinic: 'vc-linden' });
    await waitUntil(() => !root.querySelector('[role="status"]'));
    const lines = el.csv().trim().split('\r\n');
    expect(lines[0]).to.equal('clinic,id,label,unit,numerator,denominator,value,suppressed');
    expect(lines.filter((l) => l.startsWith('vc-linden,')).length).to.be.greaterThan(20);
  });

  it('a report that does not match the contract says it could not be loaded, and draws nothing of it', async () => {
    for (const garbage of [{ unexpected: true }, { indicators: 'many' }, null, '<html>proxy error</html>']) {
      const el = await fixture<NaraFollowUp>(html`<nara-follow-up from="2026-11-01" to="2026-11-30" .loader=${async () => garbage as unknown as IndicatorReport}></nara-follow-up>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"], .error'), 'error shown', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[data-chart]')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('a failed load says so in an alert', async () => {
    const el = await fixture<NaraFollowUp>(html`<nara-follow-up from="2026-11-01" to="2026-11-30" .loader=${loader('test-staff:nobody')}></nara-follow-up>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('kunde inte');
  });
});
