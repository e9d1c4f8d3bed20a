/**
 * The staff elements and the patient's errand list in Arabic, Finnish and Somali on a 320 px phone:
 * each element's own words in the language (read from its catalogue, so a missing translation shows),
 * right to left in Arabic, axe clean, and nothing wider than the phone. The Arabic details (unread
 * counts, the picture's alt text) are in packages/elements/src/staff-queue/arabic.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import type { IndicatorReport } from '@nara/contract/follow-up';
import '../packages/elements/src/staff-queue/define.js';
import '../packages/elements/src/errand/define.js';
import '../packages/elements/src/errand-list/define.js';
import '../packages/elements/src/follow-up/define.js';
import { API, PATIENT_TOKEN, resetOverrides, startBackend } from './helpers/backend.js';
import { visibleText, waitForText } from './helpers/elements.js';
import { errandWithPicture, staffBackend } from './helpers/staff-errand.js';

const catalogues = {
  ar: async () => ({ queue: (await import('../packages/elements/src/staff-queue/strings.ar.js')).default, errand: (await import('../packages/elements/src/errand/strings.ar.js')).default, list: (await import('../packages/elements/src/errand-list/strings.ar.js')).default, followUp: (await import('../packages/elements/src/follow-up/strings.ar.js')).default }),
  fi: async () => ({ queue: (await import('../packages/elements/src/staff-queue/strings.fi.js')).default, errand: (await import('../packages/elements/src/errand/strings.fi.js')).default, list: (await import('../packages/elements/src/errand-list/strings.fi.js')).default, followUp: (await import('../packages/elements/src/follow-up/strings.fi.js')).default }),
  so: async () => ({ queue: (await import('../packages/elements/src/staff-queue/strings.so.js')).default, errand: (await import('../packages/elements/src/errand/strings.so.js')).default, list: (await import('../packages/elements/src/errand-list/strings.so.js')).default, followUp: (await import('../packages/elements/src/follow-up/strings.so.js')).default }),
};
const NURSE = { id: 'staff-anna', kind: 'staff' as const, name: 'Anna Sjöberg', profession: 'nurse' as const, clinic: 'vc-linden' };

/** Nothing wider than the phone: neither the page nor the element scrolls sideways. */
function fitsThePhone(el: HTMLElement) {
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
  expect(el.getBoundingClientRect().width, 'the element is wider than the phone').to.be.at.most(320);
}

/** The element is in `locale`: its lang and direction. */
function inLocale(el: HTMLElement, locale: string) {
  expect(el.getAttribute('lang')).to.equal(locale);
  expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
  expect(getComputedStyle(el).direction).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
}

describe('the staff elements and "my errands" in Arabic, Finnish and Somali at 320 px', () => {
  before(() => setViewport({ width: 320, height: 720 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => resetOverrides());

  for (const locale of ['ar', 'fi', 'so'] as const) {
    it(`${locale}: the queue, the errand, the patient's list and the follow-up`, async () => {
      const t = await catalogues[locale]();
      const kit = await startBackend();
      await errandWithPicture();
      await kit.app.context.staff.start(NURSE, { patient: '191212121212', message: 'Hej Tolvan! Ditt provsvar ser bra ut.' }, 'sv');

      const queue = await fixture<HTMLElement>(html`<nara-staff-queue locale=${locale} .backend=${staffBackend()}></nara-staff-queue>`);
      await waitForText(queue, 'Tolvan Tolvansson');
      inLocale(queue, locale);
      expect(visibleText(queue)).to.include(t.queue.heading);
      fitsThePhone(queue);
      await expect(queue).to.be.accessible();
      queue.remove();

      const { conversation } = await errandWithPicture();
      const errand = await fixture<HTMLElement>(html`<nara-errand locale=${locale} conversation=${conversation.id} .backend=${staffBackend()}></nara-errand>`);
      await waitForText(errand, t.errand.report);
      await waitUntil(() => errand.shadowRoot!.querySelector('img'), 'the picture is shown');
      inLocale(errand, locale);
      fitsThePhone(errand);
      await expect(errand).to.be.accessible();
      errand.remove();

      const list = await fixture<HTMLElement>(html`<nara-errand-list locale=${locale} .backend=${new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0, timeout: 3000 })}></nara-errand-list>`);
      await waitForText(list, t.list.fromCareTeam);
      inLocale(list, locale);
      expect(visibleText(list)).to.include(t.list.heading);
      fitsThePhone(list);
      await expect(list).to.be.accessible();
      list.remove();

      const loader = async (query: { from: string; to: string; clinic?: string }): Promise<IndicatorReport> => {
        const params = new URLSearchParams({ from: query.from, to: query.to });
        const response = await kit.app.fetch(new Request(`https://nara.test/v1/staff/indicators?${params}`, { headers: { Authorization: 'Bearer test-staff:staff-anna' } }));
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      };
      const today = new Date().toISOString().slice(0, 10);
      const followUp = await fixture<HTMLElement>(html`<nara-follow-up locale=${locale} from=${today} to=${today} .loader=${loader}></nara-follow-up>`);
      await waitUntil(() => followUp.shadowRoot!.querySelector('[data-chart]'), 'charts rendered', { timeout: 10_000 });
      inLocale(followUp, locale);
      const text = visibleText(followUp);
      for (const words of [t.followUp.heading, t.followUp.outcomes, t.followUp.show]) expect(text).to.include(words);
      expect(text, 'no Swedish words of the follow-up').not.to.match(/Uppföljning|Hur ärendena slutade|Ladda ner/);
      for (const b of followUp.shadowRoot!.querySelectorAll<HTMLButtonElement>('[aria-controls]')) b.click();
      fitsThePhone(followUp);
      await expect(followUp).to.be.accessible();
    });
  }
});
