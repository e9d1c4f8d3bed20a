export * from './errors.js';
export * from './common.js';
export * from './clinic.js';
export * from './shortcuts.js';
export * from './shortcut-limits.js';
export * from './chat-limits.js';
// Chat schemas are values only through '@nara/contract/chat' (kept out of every element's bundle); their types are here.
export type * from './chat.js';
export * from './triage.js';
export * from './booking.js';
export * from './stockholm-time.js';
export * from './backend.js';
// The operations list (server docs, OpenAPI) is '@nara/contract/operations': it pulls in every schema.
export * from './attachments.js';
export * from './content-language.js';
// Staff and errand-list schemas are values through '@nara/contract/staff' and '@nara/contract/errands'; their types are here.
export type * from './staff.js';
export type * from './errands.js';
export type * from './staff-backend.js';
