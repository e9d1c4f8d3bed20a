// See clinic.ts.
export { Assessment, Questionnaire, ReasonList, RedFlagList } from '@nara/contract';
