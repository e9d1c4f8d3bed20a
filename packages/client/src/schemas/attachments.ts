// See clinic.ts.
export { StoredAttachment } from '@nara/contract';
