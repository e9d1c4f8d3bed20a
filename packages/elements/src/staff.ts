// The staff elements' classes (not in the patient's bundle). Register with `@nara/elements/staff-queue/define.js`,
// `@nara/elements/errand/define.js`, `@nara/elements/follow-up/define.js` and `@nara/elements/clinic-settings/define.js`,
// or the CDN entries staff-queue.js, errand.js, follow-up.js and clinic-settings.js.
export { NaraStaffQueue } from './staff-queue/staff-queue.js';
export { NaraErrand, fillPhrase } from './errand/errand.js';
export { NaraFollowUp } from './follow-up/follow-up.js';
export { NaraClinicSettings, type ClinicSettingsApi } from './clinic-settings/clinic-settings.js';
