import * as z from 'zod/mini';
import { Count, Id, Instant, MAX_INT32, Profession, Text } from './common.js';
import { OpeningHours } from './clinic.js';
import { QuestionnaireResponse } from './triage.js';
import { Slot } from './booking.js';

import { ATTACHMENT_TYPES } from './attachment-limits.js';
import { MAX_ATTACHMENTS, MAX_MESSAGE_LENGTH } from './chat-limits.js';

/** A care-staff member as the patient sees them. */
export const StaffMember = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  profession: Profession,
});
export type StaffMember = z.infer<typeof StaffMember>;

/** Who wrote a message: the patient, a named staff member, or the system (automatic notices). */
export const Sender = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('patient') }),
  z.object({ kind: z.literal('staff'), name: StaffMember.shape.name, profession: Profession }),
  z.object({ kind: z.literal('system') }),
]);
export type Sender = z.infer<typeof Sender>;

/** A file already uploaded (`POST /v1/attachments`) that a message refers to. */
export const AttachmentRef = z.object({
  id: Id,
  name: Text(255, 1),
  contentType: z.enum(ATTACHMENT_TYPES),
  size: Count(),
});
export type AttachmentRef = z.infer<typeof AttachmentRef>;

/**
 * A FHIR R4 Questionnaire as the contract carries it: the structural minimum is checked here, the
 * questionnaire engine (`@nara/fhir`) reads the rest.
 */
export const QuestionnaireResource = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  status: z.enum(['draft', 'active', 'retired', 'unknown']),
  item: z.optional(z.array(z.looseObject({ linkId: z.string(), type: z.string() }))),
});
export const QuestionnaireResponseResource = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  item: z.optional(z.array(z.looseObject({ linkId: z.string() }))),
});

const base = { seq: Count(1), at: Instant };

/** A message from the patient, staff or the system. */
export const MessageEvent = z.object({
  ...base,
  type: z.literal('message'),
  id: Id,
  sender: Sender,
  text: Text(MAX_MESSAGE_LENGTH),
  attachments: z.array(AttachmentRef).check(z.maxLength(MAX_ATTACHMENTS)),
  /** The Idempotency-Key the patient's client sent it with, so the client can match it to its outbox. */
  clientKey: z.optional(z.string().check(z.maxLength(200))),
});
/** A staff member took the conversation. */
export const StaffJoinedEvent = z.object({ ...base, type: z.literal('staff-joined'), staff: StaffMember });
/** The errand was handed over to another profession (e.g. nurse → doctor). */
export const HandedOverEvent = z.object({
  ...base,
  type: z.literal('handed-over'),
  from: Profession,
  to: Profession,
});
/** A staff member is writing. */
export const TypingEvent = z.object({ ...base, type: z.literal('typing'), staff: StaffMember });
/** Staff sent a form (rating scale, follow-up questions) for the patient to fill in. */
export const FormSentEvent = z.object({
  ...base,
  type: z.literal('form-sent'),
  requestId: Id,
  staff: StaffMember,
  questionnaire: QuestionnaireResource,
});
/** The patient answered a form. */
export const FormAnsweredEvent = z.object({
  ...base,
  type: z.literal('form-answered'),
  requestId: Id,
  response: QuestionnaireResponseResource,
});
/** Staff invited the patient to a video call. */
export const VideoInvitationEvent = z.object({
  ...base,
  type: z.literal('video-invitation'),
  requestId: Id,
  staff: StaffMember,
  url: z.string().check(z.maxLength(2000), z.regex(/^https:\/\//i)),
  startsAt: z.optional(Instant),
});
/** Staff offered times for a visit; the patient confirms one with one press (`POST …/visit-offers`). */
export const VisitOfferedEvent = z.object({
  ...base,
  type: z.literal('visit-offered'),
  requestId: Id,
  staff: StaffMember,
  /** The times offered, soonest first (free when offered; one may be taken before the patient confirms). */
  slots: z.array(Slot).check(z.minLength(1), z.maxLength(5)),
});
/** The patient confirmed one of the offered times: the visit is booked. */
export const VisitBookedEvent = z.object({
  ...base,
  type: z.literal('visit-booked'),
  requestId: Id,
  bookingId: Id,
  slot: Slot,
});
/** The errand is closed; no more messages. */
export const ClosedEvent = z.object({
  ...base,
  type: z.literal('closed'),
  by: z.enum(['staff', 'patient', 'system']),
});
/** Where the patient is in the queue for the profession. */
export const QueueEvent = z.object({
  ...base,
  type: z.literal('queue'),
  position: z.number().check(z.int(), z.minimum(1)),
  estimatedWaitMinutes: z.optional(z.number().check(z.int(), z.minimum(0))),
});

/** Everything that happens in a conversation, in server order (`seq`, 1, 2, 3, … without gaps). */
export const ChatEvent = z.discriminatedUnion('type', [
  MessageEvent,
  StaffJoinedEvent,
  HandedOverEvent,
  TypingEvent,
  FormSentEvent,
  FormAnsweredEvent,
  VideoInvitationEvent,
  VisitOfferedEvent,
  VisitBookedEvent,
  ClosedEvent,
  QueueEvent,
]);
export type ChatEvent = z.infer<typeof ChatEvent>;
export type ChatEventType = ChatEvent['type'];
export type ChatEventOf<T extends ChatEventType> = Extract<ChatEvent, { type: T }>;
export type MessageEvent = ChatEventOf<'message'>;
export type FormSentEvent = ChatEventOf<'form-sent'>;
export type VisitOfferedEvent = ChatEventOf<'visit-offered'>;

/** Whether the chat for the conversation's profession is staffed now, and when it opens. */
export const ChatAvailability = z.object({
  open: z.boolean(),
  /** The next time it opens, when it is closed now. */
  nextOpensAt: z.optional(Instant),
  /** Within how many hours of opening time staff answer. */
  replyWithinHours: z.number().check(z.int(), z.minimum(0)),
  hours: z.array(OpeningHours),
});
export type ChatAvailability = z.infer<typeof ChatAvailability>;

export const Conversation = z.object({
  id: Id,
  clinic: Id,
  /** The profession handling the errand now (changes on handover). */
  profession: Profession,
  assessmentId: z.optional(Id),
  status: z.enum(['queued', 'open', 'closed']),
  locale: z.enum(['sv', 'en']),
  createdAt: Instant,
  /** The seq of the newest event; the event stream resumes after any seq ≤ this. */
  lastSeq: z.number().check(z.int(), z.minimum(0)),
  availability: ChatAvailability,
});
export type Conversation = z.infer<typeof Conversation>;

/**
 * Open a conversation: after an assessment (`assessmentId`, the profession it recommended) or as a
 * direct errand to a profession ("chat with the secretary").
 */
export const NewConversation = z.object({
  clinic: Id,
  profession: Profession,
  assessmentId: z.optional(Id),
  /** The first message, if the patient wrote one already. */
  text: z.optional(Text(MAX_MESSAGE_LENGTH)),
});
export type NewConversation = z.infer<typeof NewConversation>;

/** A message the patient sends. Text, files, or both. */
export const NewMessage = z.object({
  text: Text(MAX_MESSAGE_LENGTH),
  attachments: z.optional(z.array(AttachmentRef).check(z.maxLength(MAX_ATTACHMENTS))),
});
export type NewMessage = z.infer<typeof NewMessage>;

/** The patient's answer to a form staff sent. */
/** A patient's answer to a form sent in the chat: typed answer values, checked against that form by the server. */
export const FormAnswer = z.object({ requestId: Id, response: QuestionnaireResponse });
export type FormAnswer = z.infer<typeof FormAnswer>;

/** `POST /v1/conversations/{id}/visit-offers`: the patient confirms one time of an offer staff made in the chat. */
export const VisitOfferAnswer = z.object({ requestId: Id, slotId: Id });
export type VisitOfferAnswer = z.infer<typeof VisitOfferAnswer>;

/** Events of a conversation after a seq (the JSON alternative to the SSE stream). */
export const ChatEventList = z.object({ events: z.array(ChatEvent) });
/** A seq as a query value or `Last-Event-ID`: digits only, at most what the database holds. */
export const SeqText = z.string().check(z.regex(/^\d{1,10}$/), z.refine((s) => Number(s) <= MAX_INT32, { message: `at most ${MAX_INT32}` }));
export const ChatEventsQuery = z.object({ after: z.optional(SeqText) });
