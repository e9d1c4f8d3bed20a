import type { ChatEvent, NaraErrorCode, Shortcut } from '@nara/contract';

/**
 * The detail of every `nara-*` event. All are `CustomEvent`s with `bubbles: true, composed: true`.
 * Add an element's events here; they are merged into `HTMLElementEventMap` below.
 */
export interface NaraEventDetails {
  /** Something the user could not complete. `message` is fit to show. */
  'nara-error': { code: NaraErrorCode; message: string; status?: number };
  /** The backend said 401: sign the person in, hand the provider a token, then call `retry()`. */
  'nara-auth-required': { retry: () => void };
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
}

export type NaraEventName = keyof NaraEventDetails;
export type NaraEvent<K extends NaraEventName> = CustomEvent<NaraEventDetails[K]>;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends NaraEventMap {}
}

export type NaraEventMap = { [K in NaraEventName]: NaraEvent<K> };
