import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { API, TEST_TOKEN, scenarios } from './helpers.js';
import { storyApp } from '../.storybook/preview.js';

const PERSON = TEST_TOKEN.slice(5);
const OTHER_PERSON = '198001019999';

/** Free times of the next weeks, straight from the story's server app. */
async function freeSlots(query = 'visitType=physical&profession=doctor') {
  const from = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 16 * 86_400_000).toISOString();
  const response = await storyApp.fetch(new Request(`${API}/v1/slots?clinic=vc-linden&${query}&from=${from}&to=${to}`));
  return ((await response.json()) as { slots: { id: string }[] }).slots;
}

/** Gives the test person one upcoming booking, as a digital appointment letter would. */
async function withBooking() {
  const mine = await storyApp.context.bookings.list(PERSON, 'sv');
  if (mine.some((b) => b.status === 'booked')) return;
  const [slot] = await freeSlots();
  await storyApp.context.bookings.book(PERSON, { slotId: slot.id }, undefined, 'sv');
}

const picker = (attrs: { locale?: string; visitType?: string; profession?: string; initialView?: string; token?: boolean } = {}) =>
  html`<nara-provider api=${API} clinic="vc-linden" locale=${attrs.locale ?? 'sv'} .getToken=${() => (attrs.token === false ? null : TEST_TOKEN)}>
    <nara-booking-picker
      visit-type=${attrs.visitType ?? ''}
      profession=${attrs.profession ?? ''}
      initial-view=${attrs.initialView ?? 'book'}
    ></nara-booking-picker>
  </nara-provider>`;

const inPicker = (canvas: HTMLElement) => canvas.querySelector('nara-booking-picker')!.shadowRoot!;
const waitFor = async <T>(find: () => T | null | undefined, timeout = 4000): Promise<T> => {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error('never appeared');
    await new Promise((r) => setTimeout(r, 50));
  }
};
const firstTime = (canvas: HTMLElement) => waitFor(() => inPicker(canvas).querySelector<HTMLElement>('[role="option"]'));

const meta: Meta = {
  title: 'Elements/Booking picker',
  component: 'nara-booking-picker',
  render: () => picker({ visitType: 'physical', profession: 'doctor' }),
};
export default meta;
type Story = StoryObj;

/** After triage recommended a doctor at the clinic. */
export const DoctorAtTheClinic: Story = {};
/** The patient chooses how to meet; mixed professions are named on each time. */
export const ChooseVisitType: Story = { render: () => picker() };
export const VideoMeeting: Story = { render: () => picker({ visitType: 'video' }) };
export const English: Story = { render: () => picker({ locale: 'en', visitType: 'phone', profession: 'nurse' }) };
export const NarrowScreen: Story = { parameters: { viewport: { defaultViewport: 'mobile1' } }, render: () => html`<div style="max-inline-size: 320px">${picker({ visitType: 'physical', profession: 'doctor' })}</div>` };

export const Confirm: Story = {
  play: async ({ canvasElement }) => (await firstTime(canvasElement)).click(),
};
export const Booked: Story = {
  play: async ({ canvasElement }) => {
    (await firstTime(canvasElement)).click();
    (await waitFor(() => inPicker(canvasElement).querySelector<HTMLElement>('.confirm-button'))).click();
  },
};
/** Someone else books the chosen time first: the picker says so and shows the same day's fresh times. */
export const TimeTakenMeanwhile: Story = {
  play: async ({ canvasElement }) => {
    const time = await firstTime(canvasElement);
    const slotId = time.dataset.slot!;
    time.click();
    await storyApp.context.bookings.book(OTHER_PERSON, { slotId }, undefined, 'sv');
    (await waitFor(() => inPicker(canvasElement).querySelector<HTMLElement>('.confirm-button'))).click();
  },
};
/** A digital appointment letter: the patient's booking, to keep, change or cancel. */
export const MyBookings: Story = { loaders: [withBooking], render: () => picker({ initialView: 'my-bookings' }) };
export const AskingBeforeCancelling: Story = {
  loaders: [withBooking],
  render: () => picker({ initialView: 'my-bookings' }),
  play: async ({ canvasElement }) => (await waitFor(() => inPicker(canvasElement).querySelector<HTMLElement>('button.cancel'))).click(),
};
export const Rescheduling: Story = {
  loaders: [withBooking],
  render: () => picker({ initialView: 'my-bookings' }),
  play: async ({ canvasElement }) => (await waitFor(() => inPicker(canvasElement).querySelector<HTMLElement>('button.reschedule'))).click(),
};
/** The letter's "boka om" link: straight to free times for moving that booking. */
export const RebookFromLetter: Story = {
  loaders: [
    async () => {
      await withBooking();
      const [booking] = (await storyApp.context.bookings.list(PERSON, 'sv')).filter((b) => b.status === 'booked');
      return { bookingId: booking.id };
    },
  ],
  render: (_args, { loaded }) =>
    html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => TEST_TOKEN}>
      <nara-booking-picker booking-id=${(loaded as { bookingId: string }).bookingId}></nara-booking-picker>
    </nara-provider>`,
};
export const Loading: Story = { parameters: { msw: [scenarios.never('/v1/slots')] } };
export const LoadFailed: Story = { parameters: { msw: [scenarios.failing('/v1/slots')] } };
export const MalformedAnswer: Story = { parameters: { msw: [scenarios.garbage('/v1/slots')] } };
/** Free times are public; "my bookings" asks the host page to sign the patient in. */
export const NotSignedIn: Story = { render: () => picker({ initialView: 'my-bookings', token: false }) };
export const DemoBackend: Story = { render: () => html`<nara-booking-picker demo clinic="hc-alvstranden" visit-type="physical"></nara-booking-picker>` };
