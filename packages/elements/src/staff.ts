// The staff elements' classes (not in the patient's bundle). Register with `@nara/elements/staff-queue/define.js`
// and `@nara/elements/errand/define.js`, or the CDN entries staff-queue.js and errand.js.
export { NaraStaffQueue } from './staff-queue/staff-queue.js';
export { NaraErrand, fillPhrase } from './errand/errand.js';
