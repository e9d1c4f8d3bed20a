import type { Locale } from './common.js';
import type { Clinic } from './clinic.js';
import type { Shortcut, ShortcutsUpdate } from './shortcuts.js';
import type { AttachmentRef, ChatEvent, Conversation, FormAnswer, NewConversation } from './chat.js';

/** Options every call takes. */
export interface CallOptions {
  signal?: AbortSignal;
  /** The language backend text is asked for in, for this call (elements pass their own). */
  locale?: Locale;
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

/**
 * What an element needs from a backend. `HttpBackend` speaks the HTTP contract; a region may hand
 * the provider any object that implements this instead. Every method rejects with `NaraError`.
 */
export interface CareBackend {
  /** The language backend text is asked for in. */
  locale?: Locale;
  getClinic(clinic: string, options?: CallOptions): Promise<Clinic>;
  getShortcuts(options?: CallOptions): Promise<Shortcut[]>;
  saveShortcuts(update: ShortcutsUpdate, options?: CallOptions): Promise<Shortcut[]>;
  /** Open a conversation with a profession. */
  createConversation(request: NewConversation, options?: CallOptions): Promise<Conversation>;
  getConversation(conversationId: string, options?: CallOptions): Promise<Conversation>;
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
}
