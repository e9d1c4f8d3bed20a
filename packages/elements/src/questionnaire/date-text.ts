// Loaded by `nara-questionnaire` only for a form with a date, time, dateTime or url item (before that
// form renders): the parsing of what is typed there and its strings, which other forms never need.
export { parseText } from '@nara/fhir';
export { dateStrings } from './date-strings.js';
