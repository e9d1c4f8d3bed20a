// The contract's schemas the patient's calls validate against, loaded with the first call (in parallel
// with it), so that zod is not part of a page's first script load.
export { Assessment, Booking, BookingList, Clinic, Problem, Questionnaire, ReasonList, RedFlagList, ShortcutList, SlotList, StoredAttachment } from '@nara/contract';
