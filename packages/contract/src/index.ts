export * from './errors.js';
export * from './common.js';
export * from './clinic.js';
export * from './shortcuts.js';
export * from './booking.js';
export * from './stockholm-time.js';
export * from './backend.js';
export * from './operations.js';
