import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import type { Booking, Slot } from '@nara/contract';
import { SlotSchedule, createApp, scheduleSeeds } from '@nara/server';
import './define.js';
import type { NaraBookingPicker } from './booking-picker.js';
import { collect, deepActiveElement, visibleText, waitForText } from '../../../../test/helpers/elements.js';
import { when } from './slot-days.js';

const ORIGIN = 'https://booking-picker.test';
const TOKEN = 'test:191212121212';
const OTHER = 'test:198001019999';

type App = ReturnType<typeof createApp>;
let app: App;

const backendFor = (token: string, locale: 'sv' | 'en' = 'sv') =>
  new HttpBackend({ baseUrl: ORIGIN, getToken: () => token, locale, retries: 0, timeout: 3000, fetch: async (r) => app.fetch(r) });
/** The patient's backend with free times answered 150 ms late, so a week's own load is still on its way when the patient acts. */
const slowSlots = () =>
  new HttpBackend({ baseUrl: ORIGIN, getToken: () => TOKEN, locale: 'sv', retries: 0, timeout: 3000, fetch: async (r) => (new URL(r.url).pathname.endsWith('/slots') && (await new Promise((done) => setTimeout(done, 150))), app.fetch(r)) });

/** The assessment the picker books for: a real one, since the server checks that it is the patient's (issue #17). */
let assessmentId = '';

async function mount(attrs: { locale?: string; visitType?: string; profession?: string; initialView?: string } = {}) {
  assessmentId = (await backendFor(TOKEN).assess({ reasonId: 'annat-medicinskt', subject: { kind: 'self' }, redFlags: { breathing: true }, response: { resourceType: 'QuestionnaireResponse', status: 'completed' } })).id;
  const el = await fixture<NaraBookingPicker>(html`<div>
    <button id="before">before</button>
    <nara-booking-picker
      clinic="vc-linden"
      locale=${attrs.locale ?? 'sv'}
      visit-type=${attrs.visitType ?? 'physical'}
      profession=${attrs.profession ?? 'doctor'}
      initial-view=${attrs.initialView ?? 'book'}
      assessment-id=${assessmentId}
      .backend=${backendFor(TOKEN, attrs.locale === 'en' ? 'en' : 'sv')}
    ></nara-booking-picker>
  </div>`);
  return el.querySelector('nara-booking-picker')!;
}

const root = (el: NaraBookingPicker) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: NaraBookingPicker, selector: string) => root(el).querySelector<T>(selector as string) as T;
const options = (el: NaraBookingPicker) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const button = (el: NaraBookingPicker, text: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text) as HTMLButtonElement;
const timesShown = (el: NaraBookingPicker) => waitUntil(() => options(el).length > 0, 'no times shown', { timeout: 4000 });
/** Choose the first day of the week shown with at least `count` free times. */
async function dayWithTimes(el: NaraBookingPicker, count: number) {
  for (const day of root(el).querySelectorAll<HTMLElement>('[role="radio"]')) {
    if (options(el).length >= count) return;
    day.click();
    await el.updateComplete;
  }
  expect(options(el).length, `a day with ${count} free times`).to.be.at.least(count);
}
const myBookings = async (token = TOKEN) => (await backendFor(token).getBookings()).filter((b) => b.status === 'booked');
const noHorizontalScroll = () => document.documentElement.scrollWidth <= document.documentElement.clientWidth;

describe('nara-booking-picker', () => {
  beforeEach(() => {
    app = createApp();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows a week of days and the chosen day\'s free times by part of day, accessibly', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await timesShown(el);
    await expect(el).to.be.accessible();
    const checked = q(el, '[role="radio"][aria-checked="true"]');
    expect(checked.getAttribute('tabindex')).to.equal('0');
    expect(root(el).querySelectorAll('[role="radio"]')).to.have.length(7);
    const parts = [...root(el).querySelectorAll('.part-heading')].map((p) => p.textContent);
    expect(parts.length).to.be.greaterThan(0);
    for (const part of parts) expect(['Förmiddag', 'Eftermiddag', 'Kväll']).to.include(part);
    // Exactly one time is in the tab order.
    expect(options(el).filter((o) => o.tabIndex === 0)).to.have.length(1);
  });

  it('"Första lediga tid" overtaken by a change of week still finds the first free time, and never says there is none', async () => {
    const el = await mount();
    await timesShown(el);
    el.backend = slowSlots(); // the week's own load starts while the search is on its way
    await el.updateComplete;
    await timesShown(el);
    q(el, '.first-free').click();
    q(el, '[aria-label="Nästa vecka"]').click();
    await waitUntil(() => deepActiveElement()?.getAttribute('role') === 'option', 'focus never reached the first free time', { timeout: 6000 });
    expect(visibleText(el)).not.to.include('inga lediga tider de närmaste veckorna');
  });

  it('"Första lediga tid" pressed before the week has loaded shows the time and moves focus to it', async () => {
    assessmentId = (await backendFor(TOKEN).assess({ reasonId: 'annat-medicinskt', subject: { kind: 'self' }, redFlags: { breathing: true }, response: { resourceType: 'QuestionnaireResponse', status: 'completed' } })).id;
    const holder = await fixture(html`<div><nara-booking-picker clinic="vc-linden" visit-type="physical" profession="doctor" assessment-id=${assessmentId} .backend=${slowSlots()}></nara-booking-picker></div>`);
    const el = holder.querySelector<NaraBookingPicker>('nara-booking-picker')!;
    await waitUntil(() => q(el, '.first-free'), 'the button shows');
    q(el, '.first-free').click(); // the week's own load is still on its way
    await waitUntil(() => deepActiveElement()?.getAttribute('role') === 'option', 'focus never reached the first free time', { timeout: 6000 });
    expect(visibleText(el)).not.to.include('inga lediga tider de närmaste veckorna');
  });

  it('a patient books by keyboard alone (sv): first free time, arrow to the next, confirm', async () => {
    const el = await mount();
    await timesShown(el);
    const booked = collect(el, 'nara-booked');
    q(el, '.first-free').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.getAttribute('role') === 'option', 'focus never reached the first free time', { timeout: 4000 });
    const first = deepActiveElement()!.getAttribute('data-slot')!;
    // The next time of the day (or the one before, when the first free time is the day's last).
    const ids = options(el).map((o) => o.dataset.slot);
    const last = ids.indexOf(first) === ids.length - 1;
    await sendKeys({ press: last ? 'ArrowLeft' : 'ArrowRight' });
    await el.updateComplete;
    const second = deepActiveElement()!.getAttribute('data-slot')!;
    if (ids.length > 1) expect(second).to.equal(ids[ids.indexOf(first) + (last ? -1 : 1)]);
    expect(deepActiveElement()!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Stämmer det här?');
    expect(deepActiveElement()?.id).to.equal('confirm-heading');
    await expect(el).to.be.accessible();
    const start = second.split('/').at(-1)!;
    expect(visibleText(el)).to.include(when.dateTime(start, 'sv'));
    expect(visibleText(el)).to.include('Legitimation');
    expect(visibleText(el)).to.include('Lindengatan 12');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Boka tiden');
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Din tid är bokad');
    await expect(el).to.be.accessible();
    expect(booked).to.have.length(1);
    expect(booked[0].detail.booking.slot.id).to.equal(second);
    const saved = await myBookings();
    expect(saved.map((b) => b.slot.id)).to.deep.equal([second]);
    expect(saved[0].assessmentId).to.equal(assessmentId);
  });

  it('a patient books by keyboard alone (en), choosing the day with the arrow keys', async () => {
    const el = await mount({ locale: 'en', visitType: 'video', profession: 'doctor' });
    await timesShown(el);
    document.getElementById('before')!.focus();
    // Tab through "First free time" and the week buttons to the chosen day (one tab stop for the days).
    for (let i = 0; i < 5 && deepActiveElement()?.getAttribute('role') !== 'radio'; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('role')).to.equal('radio');
    const from = deepActiveElement()!.getAttribute('data-date')!;
    // The arrow keys choose another day (focus and selection move together), Home and End the ends.
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const sunday = [...root(el).querySelectorAll('[role="radio"]')].at(-1)!.getAttribute('data-date');
    expect(deepActiveElement()?.getAttribute('data-date')).to.equal(sunday);
    expect(deepActiveElement()?.getAttribute('aria-checked')).to.equal('true');
    expect(root(el).querySelectorAll('[role="radio"][aria-checked="true"]')).to.have.length(1);
    await sendKeys({ press: 'ArrowRight' }); // wraps to the first day that can be chosen
    await el.updateComplete;
    const first = deepActiveElement()!.getAttribute('data-date')!;
    expect(first <= from).to.equal(true);
    // Back to the day the picker opened on (it has free times).
    while (deepActiveElement()!.getAttribute('data-date') !== from) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    await timesShown(el);
    await sendKeys({ press: 'Tab' }); // the day's times: one tab stop
    expect(deepActiveElement()?.getAttribute('role')).to.equal('option');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const last = options(el).at(-1)!;
    expect(deepActiveElement()).to.equal(last);
    await sendKeys({ press: 'Space' });
    await waitForText(el, 'Is this right?');
    expect(visibleText(el)).to.include('video meeting');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Your appointment is booked');
    expect((await myBookings()).map((b) => b.slot.id)).to.deep.equal([last.dataset.slot]);
  });

  it('a time taken meanwhile: says so, stays on the same day with fresh times, never double-books', async () => {
    const el = await mount();
    await timesShown(el);
    // A day with another free time to offer once this one is gone (late in the day, today may have only one left).
    await dayWithTimes(el, 2);
    const chosen = options(el)[0];
    const slotId = chosen.dataset.slot!;
    const day = q(el, '[role="radio"][aria-checked="true"]').dataset.date;
    chosen.click();
    await waitForText(el, 'Stämmer det här?');
    // Someone else books the same time first.
    await backendFor(OTHER).createBooking({ slotId });
    button(el, 'Boka tiden').click();
    await waitForText(el, 'hann bokas av någon annan');
    await timesShown(el);
    expect(q(el, '[role="radio"][aria-checked="true"]').dataset.date).to.equal(day);
    expect(options(el).map((o) => o.dataset.slot)).not.to.include(slotId);
    expect(deepActiveElement()?.classList.contains('notice')).to.equal(true);
    await expect(el).to.be.accessible();
    expect(await myBookings()).to.have.length(0);
    expect((await myBookings(OTHER)).map((b) => b.slot.id)).to.deep.equal([slotId]);
  });

  it("the day's last free time taken meanwhile: says so, stays on that day and says it has no free times left", async () => {
    const el = await mount();
    await timesShown(el);
    const chosen = options(el)[0];
    const slotId = chosen.dataset.slot!;
    const day = q(el, '[role="radio"][aria-checked="true"]').dataset.date;
    // Other patients book the rest of that day's times first (one each: a patient may hold only a few), then this one.
    for (const [i, other] of options(el).slice(1).entries()) await backendFor(`test:19800102${String(i).padStart(4, '0')}`).createBooking({ slotId: other.dataset.slot! });
    chosen.click();
    await waitForText(el, 'Stämmer det här?');
    await backendFor(OTHER).createBooking({ slotId });
    button(el, 'Boka tiden').click();
    await waitForText(el, 'hann bokas av någon annan');
    await waitForText(el, 'Det finns inga lediga tider den här dagen');
    expect(q(el, '[role="radio"][aria-checked="true"]').dataset.date).to.equal(day);
    expect(options(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    expect(await myBookings()).to.have.length(0);
  });

  it('my bookings: reschedule to another time, add to calendar, then cancel — with events', async () => {
    const [slot]: Slot[] = (
      await backendFor(TOKEN).getSlots({
        clinic: 'vc-linden',
        visitType: 'physical',
        profession: 'doctor',
        from: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        to: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      })
    ).slots;
    const original = await backendFor(TOKEN).createBooking({ slotId: slot.id });
    const el = await mount({ initialView: 'my-bookings' });
    await waitForText(el, when.dateTime(slot.start, 'sv'));
    await expect(el).to.be.accessible();

    // Add to calendar hands the browser the booking's .ics file.
    const files: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:test');
    try {
      button(el, 'Lägg till i kalendern').click();
      await waitUntil(() => files.length === 1, 'never happened', { timeout: 4000 });
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    expect(await files[0].text()).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(files[0].type).to.equal('text/calendar');

    const changed = collect(el, 'nara-booking-changed');
    button(el, 'Boka om').click();
    await waitForText(el, 'Boka om din tid');
    await timesShown(el);
    await expect(el).to.be.accessible();
    // Next week, choose a time more than a day ahead (so it can still be cancelled online below).
    (q(el, '[aria-label="Nästa vecka"]') as HTMLButtonElement).click();
    await waitUntil(() => options(el).some((o) => Date.parse(o.dataset.slot!.split('/').at(-1)!) > Date.now() + 25 * 3_600_000), 'no time a day ahead', { timeout: 4000 });
    const target = options(el).find((o) => Date.parse(o.dataset.slot!.split('/').at(-1)!) > Date.now() + 25 * 3_600_000)!;
    expect(options(el).map((o) => o.dataset.slot)).not.to.include(slot.id);
    const later = target.dataset.slot!;
    target.click();
    await waitForText(el, 'Byt till den här tiden');
    button(el, 'Byt till den här tiden').click();
    await waitForText(el, 'Din tid är ändrad');
    expect(changed).to.have.length(1);
    expect(changed[0].detail.previous.slot.id).to.equal(slot.id);
    expect(changed[0].detail.booking.id).to.equal(original.id);
    expect((await myBookings()).map((b: Booking) => b.slot.id)).to.deep.equal([later]);

    const cancelled = collect(el, 'nara-booking-cancelled');
    button(el, 'Mina bokningar').click();
    await waitUntil(() => q(el, '.booking-item'), 'my bookings never listed', { timeout: 4000 });
    expect(q(el, '.booking-item .booking-when').textContent).to.equal(when.dateTime(later.split('/').at(-1)!, 'sv'));
    button(el, 'Avboka').click();
    await waitForText(el, 'Vill du avboka din tid');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Ja, avboka');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'Du har inga kommande bokningar.');
    await expect(el).to.be.accessible();
    expect(cancelled).to.have.length(1);
    expect(cancelled[0].detail.booking.status).to.equal('cancelled');
    expect(await myBookings()).to.have.length(0);
  });

  it('fits 320 px without horizontal scrolling in every state', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount({ visitType: '' as string, profession: '' });
    await timesShown(el);
    expect(noHorizontalScroll(), 'choose').to.equal(true);
    await expect(el).to.be.accessible();
    options(el)[0].click();
    await waitForText(el, 'Stämmer det här?');
    expect(noHorizontalScroll(), 'confirm').to.equal(true);
    button(el, 'Boka tiden').click();
    await waitForText(el, 'Din tid är bokad');
    expect(noHorizontalScroll(), 'booked').to.equal(true);
    button(el, 'Mina bokningar').click();
    await waitUntil(() => q(el, '.booking-item'), 'no booking listed', { timeout: 4000 });
    expect(noHorizontalScroll(), 'my bookings').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a failed load shows a message and retries; the visit-type choice is a native radio group', async () => {
    let fail = true;
    const flaky = new HttpBackend({
      baseUrl: ORIGIN,
      retries: 0,
      fetch: async (r) => {
        if (fail) throw new TypeError('Failed to fetch');
        return app.fetch(r);
      },
    });
    const el = await fixture<NaraBookingPicker>(html`<nara-booking-picker clinic="vc-linden" .backend=${flaky}></nara-booking-picker>`);
    await waitForText(el, 'Vi når inte tjänsten just nu');
    await expect(el).to.be.accessible();
    fail = false;
    button(el, 'Försök igen').click();
    await timesShown(el);
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length).to.equal(3);
    expect(radios.map((r) => r.parentElement!.textContent!.trim())).to.deep.equal(['På mottagningen', 'Videomöte', 'Telefon']);
    radios[1].click();
    await waitUntil(() => options(el).length > 0 && options(el).every((o) => o.dataset.slot!.includes('/video/')), 'no video times', { timeout: 4000 });
  });

  it('a booking that timed out is retried with the same key: one booking', async () => {
    let slowNextBooking = true;
    const keys: string[] = [];
    const slowOnce = new HttpBackend({
      baseUrl: ORIGIN,
      getToken: () => TOKEN,
      retries: 0,
      timeout: 800,
      fetch: async (r) => {
        if (r.method === 'POST') keys.push(r.headers.get('Idempotency-Key')!);
        const response = await app.fetch(r);
        if (r.method === 'POST' && slowNextBooking) {
          slowNextBooking = false;
          await new Promise((resolve) => setTimeout(resolve, 1600)); // booked, but the answer comes too late
        }
        return response;
      },
    });
    const el = await fixture<NaraBookingPicker>(html`<nara-booking-picker clinic="vc-linden" visit-type="physical" profession="nurse" .backend=${slowOnce}></nara-booking-picker>`);
    await timesShown(el);
    options(el)[0].click();
    await waitForText(el, 'Stämmer det här?');
    button(el, 'Boka tiden').click();
    await waitForText(el, 'Det tog för lång tid att få svar');
    await expect(el).to.be.accessible();
    button(el, 'Försök igen').click();
    await waitForText(el, 'Din tid är bokad');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(await myBookings()).to.have.length(1);
  });

  it('booking without being signed in asks the page to sign in, then completes once', async () => {
    let token: string | null = null;
    const backend = new HttpBackend({ baseUrl: ORIGIN, getToken: () => token, retries: 0, fetch: async (r) => app.fetch(r) });
    const el = await fixture<NaraBookingPicker>(html`<nara-booking-picker clinic="vc-linden" visit-type="phone" profession="nurse" .backend=${backend}></nara-booking-picker>`);
    const authRequired = collect(el, 'nara-auth-required');
    await timesShown(el);
    options(el)[0].click();
    await waitForText(el, 'Stämmer det här?');
    button(el, 'Boka tiden').click();
    await waitUntil(() => authRequired.length === 1, 'no nara-auth-required', { timeout: 4000 });
    expect(visibleText(el)).to.include('Du behöver logga in');
    token = TOKEN; // the host page signed the patient in
    authRequired[0].detail.retry();
    await waitForText(el, 'Din tid är bokad');
    expect(await myBookings()).to.have.length(1);
  });

  it("a digital appointment letter's link (booking-id) opens rescheduling of that booking; someone else's is not found", async () => {
    const { slots } = await backendFor(TOKEN).getSlots({
      clinic: 'vc-linden',
      visitType: 'physical',
      profession: 'nurse',
      from: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      to: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    });
    const mine = await backendFor(TOKEN).createBooking({ slotId: slots[0].id });
    const theirs = await backendFor(OTHER).createBooking({ slotId: slots[1].id });
    const el = await fixture<NaraBookingPicker>(html`<nara-booking-picker clinic="vc-linden" booking-id=${mine.id} .backend=${backendFor(TOKEN)}></nara-booking-picker>`);
    await waitForText(el, 'Boka om din tid');
    await waitForText(el, `Du har en tid ${when.dateTime(mine.slot.start, 'sv')}.`);
    await timesShown(el);
    expect(options(el).every((o) => o.dataset.slot!.includes('/nurse/physical/'))).to.equal(true);
    await expect(el).to.be.accessible();

    const other = await fixture<NaraBookingPicker>(html`<nara-booking-picker clinic="vc-linden" booking-id=${theirs.id} .backend=${backendFor(TOKEN)}></nara-booking-picker>`);
    await waitForText(other, 'Vi hittade inte det du letade efter.');
    await expect(other).to.be.accessible();
  });

  it('opens on the week of the first free time when this week has none', async () => {
    // A clinic whose times can only be booked eight days ahead: this week is empty whatever today is.
    app = createApp({ schedule: new SlotSchedule(scheduleSeeds.map((c) => ({ ...c, leadMinutes: 8 * 24 * 60 }))) });
    const el = await mount();
    await timesShown(el);
    const [first] = options(el);
    expect(Date.parse(first.dataset.slot!.split('/').at(-1)!)).to.be.greaterThan(Date.now() + 8 * 86_400_000);
    expect(q(el, '[aria-label="Föregående vecka"]').hasAttribute('disabled')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
