import type { FollowUpStrings } from './strings.js';

const en: FollowUpStrings = {
  heading: 'Follow-up',
  filters: 'Period and clinic',
  from: 'From',
  to: 'To',
  clinic: 'Clinic',
  allClinics: 'All clinics',
  show: 'Show',
  loading: 'Loading the follow-up …',
  loaded: (n: number) => `The follow-up shows ${n} closed errands.`,
  failed: 'The follow-up could not be loaded. Try again.',
  download: 'Download CSV',
  showTable: 'Show as a table',
  hideTable: 'Hide the table',
  outcomes: 'How errands ended',
  urgency: 'Assessed urgency',
  strama: 'Antibiotics, the elderly and re-contacts',
  times: 'Answer times (minutes)',
  perClinic: 'Resolved digitally per clinic',
  indicator: 'Indicator',
  numerator: 'Numerator',
  denominator: 'Denominator',
  value: 'Value',
  hidden: 'hidden (fewer than 5)',
  noValue: 'no value',
  minutes: (n: string) => `${n} min`,
  per1000: (n: string) => `${n} per 1,000`,
  closed: 'Errands closed',
};

export default en;
