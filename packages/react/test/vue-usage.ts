// Type-checked by `npm run typecheck`: Nära's elements as Vue global components (@nara/elements/vue),
// used the way a compiled template passes props and listeners.
import { h, type GlobalComponents } from 'vue';
import type {} from '@nara/elements/vue';

/** The props a template may pass to a global component. */
type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const journey: Props<'nara-care-journey'> = {
  clinic: 'vc-linden',
  locale: 'ar',
  childHealth: true,
  headingLevel: 2,
  onNaraJourneyStep: (e) => void e.detail.step,
  onNaraBooked: (e) => void e.detail.booking.slot.start,
  onNaraAuthRequired: (e) => e.detail.retry(),
};

export const picker: Props<'nara-booking-picker'> = {
  visitType: 'video',
  onNaraBookingChanged: (e) => void e.detail.previous.id,
};

// @ts-expect-error not a visit type
export const wrongVisit: Props<'nara-booking-picker'> = { visitType: 'in-person' };
// @ts-expect-error the tile fires no nara-booked
export const wrongEvent: Props<'nara-shortcut-tile'> = { heading: 'x', onNaraBooked: () => {} };

export const tree = () => h('nara-provider', { clinic: 'vc-linden', demo: true }, [h('nara-care-journey', journey)]);
