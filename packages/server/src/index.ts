export { createApp, type AppOptions } from './app.js';
export { createMemoryStore } from './stores/memory-store.js';
export type { Store, ShortcutRef, BookingRecord, CreateOutcome, MoveOutcome } from './stores/store.js';
export { SlotSchedule, slotId, parseSlotId } from './services/slots.js';
export { scheduleSeeds, type ClinicSchedule, type ScheduleBlock } from './seed/schedules.js';
export { testAuthenticator, type Authenticator, type Person } from './http/auth.js';
export { clinicSeeds } from './seed/clinics.js';
export { bookingStoreCases, type BookingStoreCase } from './stores/booking-store-conformance.js';
