import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import './define.js';
import '../errand-list/define.js';
import '../errand/define.js';
import type { NaraStaffQueue } from './staff-queue.js';
import type { NaraErrandList } from '../errand-list/errand-list.js';
import type { NaraErrand } from '../errand/errand.js';
import { API, PATIENT_TOKEN, resetOverrides, startBackend } from '../../../../test/helpers/backend.js';
import { visibleText, waitForText } from '../../../../test/helpers/elements.js';
import { errandWithPicture, staffBackend } from '../../../../test/helpers/staff-errand.js';

const NURSE = { id: 'staff-anna', kind: 'staff' as const, name: 'Anna Sjöberg', profession: 'nurse' as const, clinic: 'vc-linden' };
const direction = (el: Element, part: string) => getComputedStyle(el.shadowRoot!.querySelector(`[part="${part}"]`)!).direction;
const noteOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="translation-note"]');

/** The staff and errand elements in Arabic: their own strings, right to left, accessible. */
describe('staff and errand elements in Arabic', () => {
  afterEach(() => resetOverrides());

  it('is accessible: the staff queue reads right to left in Arabic, with its errand in Arabic words', async () => {
    await startBackend();
    const el = await fixture<NaraStaffQueue>(html`<nara-staff-queue locale="ar" .backend=${staffBackend()}></nara-staff-queue>`);
    await expect(el).to.be.accessible();
    await waitForText(el, 'لا توجد طلبات الآن');
    await errandWithPicture('أول رسالة');
    await waitForText(el, 'Tolvan Tolvansson');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(direction(el, 'heading')).to.equal('rtl');
    expect(direction(el, 'list')).to.equal('rtl');
    const text = visibleText(el);
    expect(text).to.include('قائمة الانتظار');
    expect(text).to.include('مدة الانتظار 0 دقيقة');
    expect(text).to.match(/الرد قبل|ينتهي وقت الرد/);
    expect(text, 'no Swedish words of the queue').not.to.match(/Väntat|Svar senast|ärende/);
    expect(noteOf(el)?.hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows the patient’s errand list right to left in Arabic, unread count in Arabic, accessible', async () => {
    const kit = await startBackend();
    await kit.app.context.staff.start(NURSE, { patient: '191212121212', message: 'Hej Tolvan! Ditt provsvar ser bra ut.' }, 'sv');
    const el = await fixture<NaraErrandList>(
      html`<nara-errand-list locale="ar" .backend=${new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0, timeout: 3000 })}></nara-errand-list>`,
    );
    await expect(el).to.be.accessible();
    await waitForText(el, 'رسالة واحدة غير مقروءة');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(direction(el, 'heading')).to.equal('rtl');
    expect(direction(el, 'list')).to.equal('rtl');
    const text = visibleText(el);
    expect(text).to.include('طلباتي');
    expect(text).to.include('من المركز الصحي');
    expect(text).to.include('آخر نشاط');
    expect(text, 'no Swedish words of the list').not.to.match(/oläst|Från vårdcentralen|Senast/);
    await expect(el).to.be.accessible();
  });

  it('shows the errand to staff in Arabic rather than Swedish', async () => {
    await startBackend();
    const { conversation } = await errandWithPicture();
    const el = await fixture<NaraErrand>(html`<nara-errand locale="ar" conversation=${conversation.id} .backend=${staffBackend()}></nara-errand>`);
    await waitForText(el, 'معلومات المريض');
    await waitUntil(() => el.shadowRoot!.querySelector('img'), 'the picture is shown');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('img')!.alt).to.equal('صورة من المريض: utslag.png');
    expect(visibleText(el)).to.include('تولّي الطلب');
    expect(visibleText(el), 'no Swedish headings').not.to.match(/Patientens underlag|Bedömning|Ta ärendet/);
    await expect(el).to.be.accessible();
  });
});
