import { expect, fixture, html } from '@open-wc/testing';
import type { Slot, VisitInfo } from '@nara/contract';
import { detailsOfSlot, visitSummary } from './confirm-view.js';
import { strings } from './strings.js';
import { loadLocale } from '../base/locale.js';

const info: VisitInfo = {
  clinic: { id: 'vc-linden', name: 'Vårdcentralen Linden', phone: '0155-24 60 00' },
  address: { street: 'Lindengatan 12', postalCode: '611 32', city: 'Nyköping' },
  cancelLimitHours: 24,
  cancellationPolicy: 'Av- eller omboka senast 24 timmar före besöket.',
  visits: [
    { visitType: 'physical', how: 'Kom 10 minuter före.', bring: ['Legitimation'] },
    { visitType: 'video', how: 'Du får en länk i inkorgen.', bring: [] },
  ],
};
const slotAt = (start: Date, visitType: Slot['visitType'] = 'physical'): Slot => ({
  id: `vc-linden/doctor/${visitType}/${start.toISOString()}`,
  clinic: 'vc-linden',
  start: start.toISOString(),
  end: new Date(start.getTime() + 30 * 60_000).toISOString(),
  visitType,
  profession: 'doctor',
});
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ');

describe('the visit summary (who, when, where or how, what to bring, how to cancel)', () => {
  it('a physical visit says where, what to bring and until when it can be cancelled', async () => {
    const slot = slotAt(new Date('2030-12-03T13:30:00Z'));
    const el = await fixture(html`<div>${visitSummary(detailsOfSlot(slot, info), strings.sv, 'sv')}</div>`);
    await expect(el).to.be.accessible();
    expect(text(el)).to.include('tisdag 3 december 14:30–15:00');
    expect(text(el)).to.include('Lindengatan 12, 611 32 Nyköping');
    expect(text(el)).to.include('Legitimation');
    expect(text(el)).to.include('Du kan avboka eller boka om fram till måndag 2 december 14:30.');
  });

  it('a video visit has no address, and a time within the limit says it cannot be changed online', async () => {
    const soon = slotAt(new Date(Date.now() + 3 * 3_600_000), 'video');
    await loadLocale('en');
    const el = await fixture(html`<div>${visitSummary(detailsOfSlot(soon, info), strings.en, 'en')}</div>`);
    expect(text(el)).not.to.include('Lindengatan');
    expect(text(el)).to.include('Du får en länk i inkorgen.');
    expect(text(el)).to.include('cannot be cancelled or changed online');
    expect(el.querySelector('.bring')).to.equal(null);
  });
});
