// See clinic.ts.
export { ShortcutList } from '@nara/contract';
