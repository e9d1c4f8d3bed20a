// A region's own language, without forking: `registerLocale` and the types to write its strings against.
import { registerLocale as register, type LocaleRegistration } from './base/register-locale.js';
import type { ErrorStrings } from './base/error-strings.js';
import type { CareWords } from './base/care-words.js';
import type { SignInStrings } from './base/sign-in-strings.js';
import type { BookingStrings } from './booking-picker/strings.js';
import type { CareJourneyStrings } from './care-journey/strings.js';
import type { ChatStrings } from './chat-panel/strings.js';
import type { ErrandStrings } from './errand/strings.js';
import type { ErrandListStrings } from './errand-list/strings.js';
import type { StaffQueueStrings } from './staff-queue/strings.js';
import type { QuestionnaireStrings } from './questionnaire/strings.js';
import type { ShortcutListStrings } from './shortcut-list/strings.js';
import type { SymptomFormStrings } from './symptom-form/strings.js';
import type { TriageResultStrings } from './triage-result/strings.js';

export type { Locale, LocaleInfo } from './base/locale.js';
export type { LocaleRegistration } from './base/register-locale.js';
export type { DateNames } from './base/date-format.js';

/** Every element's strings, by the key `registerLocale` takes them under. Type a language's modules against these. */
export type NaraStrings = {
  errors: ErrorStrings;
  'sign-in': SignInStrings;
  'care-words': CareWords;
  'booking-picker': BookingStrings;
  'care-journey': CareJourneyStrings;
  'chat-panel': ChatStrings;
  errand: ErrandStrings;
  'errand-list': ErrandListStrings;
  questionnaire: QuestionnaireStrings;
  'shortcut-list': ShortcutListStrings;
  'staff-queue': StaffQueueStrings;
  'symptom-form': SymptomFormStrings;
  'triage-result': TriageResultStrings;
};

/**
 * Adds a language (or replaces a built-in translation's strings) for every element: its direction,
 * its "not reviewed" note and, per element, its strings or a function that imports them. Call it
 * before the elements render in that language. Anything missing at run time comes from Swedish.
 */
export function registerLocale(registration: LocaleRegistration<NaraStrings>): void {
  register(registration);
}
