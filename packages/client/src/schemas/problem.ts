// See clinic.ts.
export { Problem } from '@nara/contract';
