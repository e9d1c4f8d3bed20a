// The staff elements' classes (not in the patient's bundle). Register with
// `@nara/elements/staff-queue/define.js`, `@nara/elements/errand/define.js` and `@nara/elements/follow-up/define.js`,
// or the CDN entries staff-queue.js, errand.js and follow-up.js.
export { NaraStaffQueue } from './staff-queue/staff-queue.js';
export { NaraErrand, fillPhrase } from './errand/errand.js';
export { NaraFollowUp } from './follow-up/follow-up.js';
