// `NaraError` alone, for an element to load when it needs it (`import('@nara/contract')` would load every schema).
export { NaraError } from '@nara/contract';
