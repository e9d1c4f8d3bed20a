import * as z from 'zod/mini';
import { Clinic } from './clinic.js';
import { ShortcutList, ShortcutsUpdate } from './shortcuts.js';
import { ChatEvent, ChatEventList, ChatEventsQuery, Conversation, FormAnswer, NewConversation, NewMessage } from './chat.js';

/** One call of the HTTP contract: the single source for the server's validation and the OpenAPI document. */
export interface Operation {
  id: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI-style path, `{param}` for path parameters. */
  path: string;
  summary: string;
  /** Whether the call needs a signed-in person (Bearer token). */
  auth: boolean;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  status?: number;
  headers?: string[];
  /** Whether the call also answers as a `text/event-stream` of `response` items (asked for by `Accept`). */
  eventStream?: z.ZodMiniType;
}

export const operations: Operation[] = [
  {
    id: 'getClinic',
    method: 'get',
    path: '/v1/clinics/{clinic}',
    summary: 'A clinic: contact details, channels, opening hours per channel and profession, listing rules, services',
    auth: false,
    response: Clinic,
  },
  {
    id: 'getShortcuts',
    method: 'get',
    path: '/v1/shortcuts',
    summary: "The patient's own shortcuts, in their order",
    auth: true,
    response: ShortcutList,
  },
  {
    id: 'saveShortcuts',
    method: 'put',
    path: '/v1/shortcuts',
    summary: "Replace the patient's shortcuts (order included)",
    auth: true,
    body: ShortcutsUpdate,
    response: ShortcutList,
  },
  {
    id: 'createConversation',
    method: 'post',
    path: '/v1/conversations',
    summary: 'Open a chat with a profession, after an assessment or as a direct errand',
    auth: true,
    body: NewConversation,
    response: Conversation,
    status: 201,
  },
  {
    id: 'getConversation',
    method: 'get',
    path: '/v1/conversations/{id}',
    summary: 'A conversation: profession, status, last seq, opening hours and whether the chat is staffed now',
    auth: true,
    response: Conversation,
  },
  {
    id: 'listConversationEvents',
    method: 'get',
    path: '/v1/conversations/{id}/events',
    summary:
      'The conversation\'s events after a seq. With `Accept: text/event-stream` a live SSE stream (event id = seq; resumes after `Last-Event-ID`); otherwise a JSON list',
    auth: true,
    query: ChatEventsQuery,
    headers: ['Last-Event-ID'],
    response: ChatEventList,
    eventStream: ChatEvent,
  },
  {
    id: 'sendMessage',
    method: 'post',
    path: '/v1/conversations/{id}/messages',
    summary: 'Send a message. A resend with the same Idempotency-Key returns the first copy (200) instead of a new one (201)',
    auth: true,
    body: NewMessage,
    response: ChatEvent,
    status: 201,
    headers: ['Idempotency-Key'],
  },
  {
    id: 'answerForm',
    method: 'post',
    path: '/v1/conversations/{id}/form-answers',
    summary: 'Answer a form staff sent in the conversation (a FHIR QuestionnaireResponse); idempotent by Idempotency-Key',
    auth: true,
    body: FormAnswer,
    response: ChatEvent,
    status: 201,
    headers: ['Idempotency-Key'],
  },
];
