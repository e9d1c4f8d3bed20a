import type { Booking, BookingRequest, SlotList, SlotQuery } from './booking.js';
import type { Clinic } from './clinic.js';
import type { Shortcut, ShortcutsUpdate } from './shortcuts.js';
import type { AttachmentRef, ChatEvent, Conversation, FormAnswer, NewConversation, VisitOfferAnswer } from './chat.js';
import type { Assessment, AssessmentRequest, Questionnaire, ReasonSummary, RedFlag } from './triage.js';
import type { StoredAttachment } from './attachments.js';
import type { ErrandSummary } from './errands.js';
import type { StaffBackend } from './staff-backend.js';

/** Options every call takes. */
export interface CallOptions {
  signal?: AbortSignal;
  /** The language backend text is asked for in, for this call (elements pass their own): any BCP 47 tag; the backend answers in the nearest language it has. */
  locale?: string;
}

/** Options of a call the server deduplicates: the same key sent twice has effect once. */
export interface IdempotentCallOptions extends CallOptions {
  idempotencyKey?: string;
}

/** Options of one connection to a conversation's events. */
export interface ConversationEventsOptions extends CallOptions {
  /** Resume after this seq (0 or absent: from the start). */
  after?: number;
  /** Called once the connection is accepted, before any event. */
  onOpen?: () => void;
}

/** A message to send: its text and files already uploaded. */
export interface SendMessageOptions extends IdempotentCallOptions {
  attachments?: AttachmentRef[];
}

export interface UploadOptions extends CallOptions {
  /** Called as the file goes out, with the share sent so far (0–1). */
  onProgress?: (fraction: number) => void;
}

/**
 * What an element needs from a backend. `HttpBackend` speaks the HTTP contract; a region may hand
 * the provider any object that implements this instead. Every method rejects with `NaraError`.
 */
export interface CareBackend {
  /** The language backend text is asked for in (any BCP 47 tag). */
  locale?: string;
  getClinic(clinic: string, options?: CallOptions): Promise<Clinic>;
  getShortcuts(options?: CallOptions): Promise<Shortcut[]>;
  saveShortcuts(update: ShortcutsUpdate, options?: CallOptions): Promise<Shortcut[]>;
  /** Open a conversation with a profession. */
  createConversation(request: NewConversation, options?: CallOptions): Promise<Conversation>;
  getConversation(conversationId: string, options?: CallOptions): Promise<Conversation>;
  /** The signed-in person's errands and their children's, newest activity first ("Mina ärenden"). Optional. */
  listConversations?(options?: CallOptions): Promise<ErrandSummary[]>;
  /** The care team's calls with the same connection and token (staff elements use it). Optional. */
  staffBackend?(): Promise<StaffBackend>;
  /**
   * One connection to the conversation's live events after `after` (a seq): yields them in order
   * and ends when the connection does; rejects with `NaraError` when it cannot connect.
   * `ConversationStream` (in `@nara/client`) reconnects, resumes and deduplicates on top of this.
   */
  conversationEvents(conversationId: string, options?: ConversationEventsOptions): AsyncIterable<ChatEvent>;
  /** Send a message; a resend with the same `idempotencyKey` never makes a second copy. */
  sendMessage(conversationId: string, text: string, options?: SendMessageOptions): Promise<ChatEvent>;
  /** Answer a form staff sent in the conversation. */
  answerForm(conversationId: string, answer: FormAnswer, options?: IdempotentCallOptions): Promise<ChatEvent>;
  /** Confirm one of the times staff offered in the chat (books it; 409 when it is gone). Optional: without it the panel shows the offer without the button. */
  acceptVisitOffer?(conversationId: string, answer: VisitOfferAnswer, options?: IdempotentCallOptions): Promise<Booking>;
  /**
   * Stores one file (PDF, JPG, PNG, GIF) the person attaches. Optional: without it, forms keep
   * attachments inline in the QuestionnaireResponse.
   */
  uploadAttachment?(file: Blob & { name?: string }, options?: UploadOptions): Promise<StoredAttachment>;
  /** The contact-reason catalogue, of one clinic when given. */
  listReasons(clinic?: string, options?: CallOptions): Promise<ReasonSummary[]>;
  /** The emergency screen's questions, for oneself or a child when given. */
  getRedFlags(subject?: 'self' | 'child', options?: CallOptions): Promise<RedFlag[]>;
  /** A contact reason's FHIR R4 Questionnaire, worded about a child with `subject: 'child'`. */
  getQuestionnaire(id: string, options?: CallOptions & { subject?: 'self' | 'child' }): Promise<Questionnaire>;
  /** Assess an errand: urgency, why and what to do next. */
  assess(request: AssessmentRequest, options?: CallOptions): Promise<Assessment>;
  /** Free times and what to know before booking one; rejects with code `invalid` for a range over 42 days. */
  getSlots(query: SlotQuery, options?: CallOptions): Promise<SlotList>;
  /**
   * Books a free slot. Rejects with code `conflict` when the slot was taken meanwhile. Pass the same
   * `idempotencyKey` when retrying one attempt: it never books twice.
   */
  createBooking(request: BookingRequest, options?: CallOptions & { idempotencyKey?: string }): Promise<Booking>;
  /** The signed-in person's bookings, soonest first. */
  getBookings(options?: CallOptions): Promise<Booking[]>;
  getBooking(id: string, options?: CallOptions): Promise<Booking>;
  /** Cancels; rejects with code `conflict` after the clinic's cancellation limit. */
  cancelBooking(id: string, options?: CallOptions): Promise<Booking>;
  /** Moves a booking to another slot, all or nothing; `conflict` when that slot was taken meanwhile. */
  changeBooking(id: string, slotId: string, options?: CallOptions): Promise<Booking>;
  /** The booking as an iCalendar (RFC 5545) file's text. */
  getBookingCalendar(id: string, options?: CallOptions): Promise<string>;
}
