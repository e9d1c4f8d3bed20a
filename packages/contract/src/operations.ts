import * as z from 'zod/mini';
import { Booking, BookingChange, BookingList, BookingRequest, SlotList, SlotQuery } from './booking.js';
import { Clinic } from './clinic.js';
import { ShortcutList, ShortcutsUpdate } from './shortcuts.js';
import { ChatEvent, ChatEventList, ChatEventsQuery, Conversation, FormAnswer, NewConversation, NewMessage, VisitOfferAnswer } from './chat.js';
import { Assessment, AssessmentRequest, Questionnaire, QuestionnaireQuery, ReasonList, ReasonQuery, RedFlagList, RedFlagQuery } from './triage.js';
import { AttachmentUpload, StoredAttachment } from './attachments.js';
import { ErrandList } from './errands.js';
import { staffOperations } from './staff-operations.js';
import { adminOperations } from './admin-operations.js';

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
  /** The request body's media type when it is not JSON (e.g. `multipart/form-data`). */
  bodyType?: string;
  /** The response's media type when it is not JSON (e.g. a file). */
  /** Media type of the response when it is not JSON (e.g. `text/calendar`). */
  responseType?: string;
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
    id: 'listConversations',
    method: 'get',
    path: '/v1/conversations',
    summary: "The signed-in person's errands and their children's (under 13): status, last activity, unread messages from the care team; newest activity first",
    auth: true,
    response: ErrandList,
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
    id: 'uploadAttachment',
    method: 'post',
    path: '/v1/attachments',
    summary: 'Store one file (PDF, JPG, PNG or GIF, at most 10 MB) the person attaches to an answer or a message; 415 when its bytes are another type, 413 when too large',
    auth: true,
    body: AttachmentUpload,
    bodyType: 'multipart/form-data',
    response: StoredAttachment,
    status: 201,
  },
  {
    id: 'getAttachment',
    method: 'get',
    path: '/v1/attachments/{id}',
    summary: 'The bytes of a file the same person stored',
    auth: true,
    response: z.string(),
    responseType: 'application/octet-stream',
  },
  {
    id: 'listReasons',
    method: 'get',
    path: '/v1/reasons',
    summary: "The contact-reason catalogue (of a clinic, when `clinic` is given) in the asked-for language",
    auth: false,
    query: ReasonQuery,
    response: ReasonList,
  },
  {
    id: 'getRedFlags',
    method: 'get',
    path: '/v1/red-flags',
    summary: "The emergency screen's questions (for oneself or a child, when `subject` is given)",
    auth: false,
    query: RedFlagQuery,
    response: RedFlagList,
  },
  {
    id: 'getQuestionnaire',
    method: 'get',
    path: '/v1/questionnaires/{id}',
    summary: "A contact reason's FHIR R4 Questionnaire in the asked-for language (the other language as translation extensions), worded about a child with `subject=child`",
    auth: false,
    query: QuestionnaireQuery,
    response: Questionnaire,
  },
  {
    id: 'assess',
    method: 'post',
    path: '/v1/assessments',
    summary: 'Assess an errand: urgency, red flags met, why, next steps, profession, self-care advice. Saved to the person when signed in',
    auth: false,
    body: AssessmentRequest,
    response: Assessment,
    status: 201,
  },
  {
    id: 'getSlots',
    method: 'get',
    path: '/v1/slots',
    summary: 'Free times of a clinic between two instants, optionally for one visit type and profession (at most 42 days)',
    auth: false,
    query: SlotQuery,
    response: SlotList,
  },
  {
    id: 'createBooking',
    method: 'post',
    path: '/v1/bookings',
    summary: 'Book a free slot. 409 `conflict` when the slot is no longer free; the same Idempotency-Key never books twice',
    auth: true,
    body: BookingRequest,
    response: Booking,
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
  {
    id: 'acceptVisitOffer',
    method: 'post',
    path: '/v1/conversations/{id}/visit-offers',
    summary:
      'Confirm one of the times staff offered in the chat: the visit is booked as `POST /v1/bookings` books it (quotas, 409 when the time is gone) and both sides see the booking in the chat; idempotent by Idempotency-Key',
    auth: true,
    body: VisitOfferAnswer,
    response: Booking,
    status: 201,
    headers: ['Idempotency-Key'],
  },
  {
    id: 'getBookings',
    method: 'get',
    path: '/v1/bookings',
    summary: "The signed-in person's bookings, soonest first",
    auth: true,
    response: BookingList,
  },
  {
    id: 'getBooking',
    method: 'get',
    path: '/v1/bookings/{id}',
    summary: 'One of the signed-in person\'s bookings',
    auth: true,
    response: Booking,
  },
  {
    id: 'cancelBooking',
    method: 'delete',
    path: '/v1/bookings/{id}',
    summary: "Cancel a booking (frees the slot). 409 `conflict` after the clinic's cancellation limit",
    auth: true,
    response: Booking,
  },
  {
    id: 'changeBooking',
    method: 'patch',
    path: '/v1/bookings/{id}',
    summary: 'Move a booking to another free slot: the new slot is taken and the old one freed in one step, or nothing changes',
    auth: true,
    body: BookingChange,
    response: Booking,
  },
  {
    id: 'getBookingCalendar',
    method: 'get',
    path: '/v1/bookings/{id}/calendar',
    summary: 'The booking as an iCalendar file (RFC 5545) to add to a calendar',
    auth: true,
    response: z.string(),
    responseType: 'text/calendar',
  },
  ...staffOperations,
  ...adminOperations,
];
