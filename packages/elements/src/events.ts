import type { JourneyStep } from './care-journey/care-journey.js';
import type { Assessment, AssessmentRequest, Booking, ChatEvent, NaraErrorCode, RecommendedAction, Shortcut, Urgency } from '@nara/contract';
import type { IndicatorReport } from '@nara/contract/follow-up';
import type { AdminClinicSettings } from '@nara/contract/clinic-settings';
import type { QuestionnaireResponse } from '@nara/fhir';

/**
 * The detail of every `nara-*` event. All are `CustomEvent`s with `bubbles: true, composed: true`.
 * Add an element's events here; they are merged into `HTMLElementEventMap` below.
 */
export interface NaraEventDetails {
  /** Something the user could not complete. `message` is fit to show. */
  'nara-error': { code: NaraErrorCode; message: string; status?: number };
  /** The backend said 401: sign the person in, hand the provider a token, then call `retry()`. */
  'nara-auth-required': { retry: () => void };
  /**
   * A "Logga in" button is about to send the browser to the `signin-url` page (`url`, with `return`
   * set). Cancel it to sign in your own way instead (then hand the provider a token).
   */
  'nara-sign-in': { url: string };
  /** A shortcut tile without `href` was chosen. */
  'nara-shortcut': { id?: string; serviceId?: string; heading: string };
  /** The patient's shortcuts were saved (new order included). */
  'nara-shortcuts-change': { shortcuts: Shortcut[] };
  /** `nara-chat-panel` opened a new conversation; keep the id to show it again later. */
  'nara-conversation': { conversationId: string };
  /** The server confirmed a message the patient sent (it is in the conversation exactly once). */
  'nara-message-sent': { conversationId: string; event: ChatEvent };
  /** Staff closed the conversation. */
  'nara-chat-closed': { conversationId: string };
  /** An answer in a questionnaire changed. The response's status is `in-progress`. */
  'nara-change': { response: QuestionnaireResponse };
  /**
   * A questionnaire was sent: every answer valid. The response's status is `completed`.
   * From `nara-symptom-form`, `request` is the whole assessment request about to be posted.
   */
  'nara-submit': { response: QuestionnaireResponse; request?: AssessmentRequest };
  /** The emergency screen got a "yes": the person was told to call 112. `redFlags` are the ids answered yes. */
  'nara-emergency': { redFlags: string[] };
  /** The backend assessed the errand. Cancel the event to show the result yourself. */
  'nara-assessment': { assessment: Assessment };
  /** The person left the symptom form; the draft is gone. */
  'nara-cancel': Record<string, never>;
  /** A next step of an assessment was chosen (for `call-112`/`call-1177` the call goes ahead too; `emergency-department` opens 1177's directory of emergency departments). */
  'nara-action': RecommendedAction & { urgency: Urgency; assessmentId: string; reasonId: string };
  /** A time was booked. */
  'nara-booked': { booking: Booking };
  /** A booking was moved to another time; `previous` is the booking as it was. */
  'nara-booking-changed': { booking: Booking; previous: Booking };
  /** `nara-care-journey` shows a new step. */
  'nara-journey-step': { step: JourneyStep; previous: JourneyStep };
  /** `nara-errand-list`: the patient chose an errand. Cancel it to open the chat yourself. */
  'nara-errand-open': { conversationId: string };
  /** `nara-staff-queue`: staff chose an errand to work on. */
  'nara-errand-select': { conversationId: string };
  /** `nara-errand`: staff took, handed over or closed the errand. */
  'nara-errand-change': { conversationId: string; status: 'queued' | 'open' | 'closed' };
  /** `nara-follow-up`: an indicator report was loaded. */
  'nara-follow-up-load': { report: IndicatorReport };
  /** `nara-clinic-settings`: an admin saved a section of the clinic's settings (in effect for patients at once). */
  'nara-settings-saved': { settings: AdminClinicSettings; section: 'hours' | 'reasons' | 'schedule' | 'phrases' | 'forms' };
  /** A booking was cancelled (its `status` is `cancelled`). */
  'nara-booking-cancelled': { booking: Booking };
}

export type NaraEventName = keyof NaraEventDetails;
export type NaraEvent<K extends NaraEventName> = CustomEvent<NaraEventDetails[K]>;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends NaraEventMap {}
}

export type NaraEventMap = { [K in NaraEventName]: NaraEvent<K> };
