/**
 * Every element's tag. Each `nara-x` is registered by `x/define.ts` and, on the CDN, by the entry
 * `x.js` (what the autoloader imports when the tag appears). No imports: the autoloader bundles this.
 */
export const ELEMENT_TAGS = [
  'nara-provider',
  'nara-shortcut-tile',
  'nara-shortcut-list',
  'nara-symptom-form',
  'nara-questionnaire',
  'nara-triage-result',
  'nara-chat-panel',
  'nara-booking-picker',
  'nara-care-journey',
  'nara-errand-list',
  'nara-staff-queue',
  'nara-errand',
  'nara-follow-up',
  'nara-clinic-settings',
] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];
