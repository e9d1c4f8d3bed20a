// Classes and types only: importing this registers nothing. Register with `@nara/elements/<name>/define.js` or `nara.ts`.
export { NaraElement } from './base/nara-element.js';
export { naraContext, type NaraConfig } from './base/context.js';
export { NaraProvider } from './provider/provider.js';
export { NaraShortcutTile } from './shortcut-tile/shortcut-tile.js';
export { NaraShortcutList } from './shortcut-list/shortcut-list.js';
export { NaraTriageResult } from './triage-result/triage-result.js';
export { NaraQuestionnaire } from './questionnaire/questionnaire.js';
export { NaraSymptomForm } from './symptom-form/symptom-form.js';
export { NaraBookingPicker } from './booking-picker/booking-picker.js';
export type * from './events.js';

// What an app needs to hand the provider a backend of its own, from the same import (no extra bytes:
// the elements already use them).
export { HttpBackend, type HttpBackendOptions } from '@nara/client';
export { NaraError, ERROR_CODES, type CareBackend, type CallOptions, type NaraErrorCode } from '@nara/contract';
