import type { CallOptions, ConversationEventsOptions } from './backend.js';
import type { ChatEvent } from './chat.js';
import type { Profession } from './common.js';
import type { ErrandOutcome } from './follow-up.js';
import type { Consultation, NewConsultation, NewStaffConversation, Outcome, Phrase, StaffConversation, StaffForm, StaffProfile, StaffQueue, StaffReport } from './staff.js';

/** Options of the live queue. */
export interface QueueEventsOptions extends CallOptions {
  scope?: 'mine' | 'all';
}

/**
 * What the staff elements (`nara-staff-queue`, `nara-errand`) need from a backend: the care team's
 * side of the contract (`/v1/staff/...`). `HttpBackend.staffBackend()` speaks it over HTTP. Every
 * method rejects with `NaraError`.
 */
export interface StaffBackend {
  me(options?: CallOptions): Promise<StaffProfile>;
  queue(scope?: 'mine' | 'all', options?: CallOptions): Promise<StaffQueue>;
  /** One connection to the live queue: yields the whole queue now and whenever it changes; ends when the connection does. */
  queueEvents(options?: QueueEventsOptions): AsyncIterable<StaffQueue>;
  report(conversationId: string, options?: CallOptions): Promise<StaffReport>;
  /** A file the patient attached, as a Blob (shown inline or offered for download). */
  attachment(attachmentId: string, options?: CallOptions): Promise<Blob>;
  /** One connection to the errand's live events after `after`. */
  conversationEvents(conversationId: string, options?: ConversationEventsOptions): AsyncIterable<ChatEvent>;
  phrases(options?: CallOptions): Promise<Phrase[]>;
  forms(options?: CallOptions): Promise<StaffForm[]>;
  take(conversationId: string, options?: CallOptions): Promise<StaffConversation>;
  reply(conversationId: string, text: string, options?: CallOptions): Promise<ChatEvent>;
  handOver(conversationId: string, to: Profession, options?: CallOptions): Promise<StaffConversation>;
  sendForm(conversationId: string, formId: string, options?: CallOptions): Promise<ChatEvent>;
  inviteToVideo(conversationId: string, startsAt?: string, options?: CallOptions): Promise<ChatEvent>;
  /** Close with the kind of ending, or with the coded outcome (ICD-10-SE, ATC) for follow-up. */
  close(conversationId: string, outcome?: Outcome | ErrandOutcome, options?: CallOptions): Promise<StaffConversation>;
  startConversation(request: NewStaffConversation, options?: CallOptions): Promise<StaffConversation>;
  /** Offer the patient free times in the chat (slot ids from `getSlots`). */
  offerVisit(conversationId: string, slotIds: string[], options?: CallOptions): Promise<ChatEvent>;
  /** Ask a colleague for advice; the errand stays with the one who asks. */
  consult(conversationId: string, request: NewConsultation, options?: CallOptions): Promise<Consultation>;
  /** The errand's consultations, oldest first. */
  consultations(conversationId: string, options?: CallOptions): Promise<Consultation[]>;
  /** Questions colleagues asked the staff member (or their profession) not answered yet. */
  myConsultations(options?: CallOptions): Promise<Consultation[]>;
  answerConsultation(consultationId: string, text: string, options?: CallOptions): Promise<Consultation>;
}
