// Classes and types only: importing this registers nothing. Register with `@nara/elements/<name>/define.js` or `all.ts`.
export { NaraElement } from './base/nara-element.js';
export { naraContext, type NaraConfig } from './base/context.js';
export { NaraProvider } from './provider/provider.js';
export { NaraShortcutTile } from './shortcut-tile/shortcut-tile.js';
export { NaraShortcutList } from './shortcut-list/shortcut-list.js';
export { NaraChatPanel } from './chat-panel/chat-panel.js';
export { NaraTriageResult } from './triage-result/triage-result.js';
export { NaraQuestionnaire } from './questionnaire/questionnaire.js';
export { NaraSymptomForm } from './symptom-form/symptom-form.js';
export { NaraBookingPicker } from './booking-picker/booking-picker.js';
export type * from './events.js';
export { NaraCareJourney } from './care-journey/care-journey.js';
export { NaraErrandList } from './errand-list/errand-list.js';

// The error type and codes every element reports, from the same import (the elements use them already).
// HttpBackend, for an app's own backend object, is the CDN entry `client.js` / the npm package @nara/client.
export { NaraError, ERROR_CODES, type CareBackend, type CallOptions, type NaraErrorCode } from '@nara/contract';

// A region's own language (also from `@nara/elements/locales.js`), and the language of backend text.
export { registerLocale, type NaraStrings } from './locales.js';
export { contentLanguageOf, markContentLanguage } from '@nara/contract';
