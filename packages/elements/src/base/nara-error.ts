// `NaraError` alone, for an element to load when it needs it (the zod-free subpath: `import('@nara/contract')` would load every schema).
export { NaraError } from '@nara/contract/nara-error';
