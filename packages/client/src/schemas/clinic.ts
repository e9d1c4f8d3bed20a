// The contract's schemas, one module per area: the client imports each with the first call that needs it,
// so that a page loads and runs only the schemas of the calls it makes (zod is in none of its first scripts).
export { Clinic } from '@nara/contract';
