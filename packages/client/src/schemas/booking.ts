// See clinic.ts.
export { Booking, BookingList, SlotList } from '@nara/contract';
