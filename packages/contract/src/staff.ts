import * as z from 'zod/mini';
import { Id, Instant, Profession } from './common.js';
import { Urgency } from './triage.js';
import { AttachmentType } from './attachments.js';

/*
 * The care team's side of the contract (`/v1/staff/...`): staff tokens only, each call limited to the
 * staff member's clinic. Values are imported from '@nara/contract/staff'; the types are also in the
 * package root.
 */

const Personnummer = z.string().check(z.regex(/^\d{12}$/));
const Text = (max: number) => z.string().check(z.maxLength(max));

/** The signed-in staff member. */
export const StaffProfile = z.object({ id: Id, name: Text(200), profession: Profession, clinic: Id });
export type StaffProfile = z.infer<typeof StaffProfile>;

/**
 * `POST /v1/staff/conversations/{id}/consultations`: ask a colleague (a profession at the clinic, or
 * one named colleague) for advice on an errand one holds. The errand stays with the one who asks;
 * the patient never sees the consultation.
 */
export const NewConsultation = z.object({
  to: Profession,
  /** One colleague (a staff id); anyone of the profession when absent. */
  staffId: z.optional(Id),
  message: z.string().check(z.minLength(1), z.maxLength(4000)),
});
export type NewConsultation = z.infer<typeof NewConsultation>;

/** `POST /v1/staff/consultations/{id}/answer`. */
export const ConsultationReply = z.object({ text: z.string().check(z.minLength(1), z.maxLength(4000)) });

const Colleague = z.object({ id: Id, name: Text(200), profession: Profession });

/** A question to a colleague about an errand, and their answer once given: internal, never shown to the patient. */
export const Consultation = z.object({
  id: Id,
  conversationId: Id,
  clinic: Id,
  /** Who asked (holds the errand). */
  from: Colleague,
  to: z.object({ profession: Profession, staffId: z.optional(Id) }),
  question: Text(4000),
  askedAt: Instant,
  answer: z.optional(z.object({ text: Text(4000), by: Colleague, at: Instant })),
  /** The errand's patient, for the consulted colleague's list. */
  patient: z.object({ personnummer: Personnummer, name: z.optional(Text(200)) }),
});
export type Consultation = z.infer<typeof Consultation>;
export const ConsultationList = z.object({ consultations: z.array(Consultation) });
export type ConsultationList = z.infer<typeof ConsultationList>;

/** Whether the answer time promised to the patient is still ahead, near (within an hour) or past. */
export const DueState = z.enum(['ok', 'near', 'past']);
export type DueState = z.infer<typeof DueState>;

/** One errand in the clinic's queue. */
export const QueueEntry = z.object({
  id: Id,
  clinic: Id,
  profession: Profession,
  status: z.enum(['queued', 'open', 'closed']),
  startedBy: z.enum(['patient', 'staff']),
  /** The assessment's urgency; absent for errands without one (a direct errand, a contact started by staff). */
  urgency: z.optional(Urgency),
  /** The contact reason's title. */
  reason: z.optional(Text(200)),
  patient: z.object({ personnummer: Personnummer, name: z.optional(Text(200)) }),
  /** A child's errand: the child's age in months. */
  childAgeMonths: z.optional(z.number().check(z.int(), z.minimum(0))),
  createdAt: Instant,
  /** Minutes since the errand was opened. */
  waitingMinutes: z.number().check(z.int(), z.minimum(0)),
  /** When the patient was promised an answer by (the chat's answer time counted in opening hours). */
  dueAt: Instant,
  due: DueState,
  /** Who holds it now, when taken. */
  heldBy: z.optional(z.object({ name: Text(200), profession: Profession })),
  lastSeq: z.number().check(z.int(), z.minimum(0)),
  /** The start of the patient's first message. */
  preview: z.optional(Text(80)),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

/** `GET /v1/staff/queue`: by urgency (emergency first, errands without one last), then longest waiting first. */
export const StaffQueue = z.object({
  conversations: z.array(QueueEntry),
  /** Questions colleagues asked the staff member (or their profession) that are not answered yet, oldest first. */
  consultations: z.optional(z.array(Consultation)),
});
export type StaffQueue = z.infer<typeof StaffQueue>;
export const StaffQueueQuery = z.object({ scope: z.optional(z.enum(['mine', 'all'])) });

/** One answer of the patient's form, in reading order, with its question. */
export const ReportAnswer = z.object({
  linkId: Text(200),
  question: Text(2000),
  /** The answers as text (a choice's display, a number with its unit, a date). */
  answers: z.array(Text(10_000)),
  /** Files attached to this answer (ids into `attachments`). */
  attachmentIds: z.optional(z.array(Id)),
  /** How deep in the form the question sits (0 = top level), for indentation. */
  depth: z.number().check(z.int(), z.minimum(0)),
});
export type ReportAnswer = z.infer<typeof ReportAnswer>;

/** A file the patient attached (to the form or in the chat); its bytes at `GET /v1/staff/attachments/{id}`. */
export const ReportAttachment = z.object({
  id: Id,
  name: Text(255),
  contentType: AttachmentType,
  size: z.number().check(z.int(), z.minimum(0)),
  source: z.enum(['form', 'message']),
});
export type ReportAttachment = z.infer<typeof ReportAttachment>;

/** A band of a rating scale's score, e.g. PHQ-9 10–14 "moderate". */
export const ScoreBand = z.object({ code: Text(50), label: Text(200), min: z.number(), max: z.number() });

/** A form staff sent in the chat and, once answered, its score computed on the server. */
export const ReportForm = z.object({
  requestId: Id,
  formId: z.optional(Id),
  title: Text(200),
  sentAt: Instant,
  answeredAt: z.optional(Instant),
  /** For rating scales: the total, its range and band. Absent until answered, or when the form is not scored. */
  score: z.optional(
    z.object({
      total: z.number(),
      max: z.number(),
      band: ScoreBand,
      /** Answers that need attention whatever the total (e.g. PHQ-9 item 9, thoughts of self-harm). */
      alerts: z.array(Text(500)),
      /** True when an item was left unanswered: the total is then a lower bound. */
      incomplete: z.boolean(),
    }),
  ),
  /** The answers in reading order, once answered. */
  answers: z.array(ReportAnswer),
});
export type ReportForm = z.infer<typeof ReportForm>;

/** `GET /v1/staff/conversations/{id}/report`: what the patient told us before we start. */
export const StaffReport = z.object({
  conversation: z.object({
    id: Id,
    clinic: Id,
    profession: Profession,
    status: z.enum(['queued', 'open', 'closed']),
    startedBy: z.enum(['patient', 'staff']),
    createdAt: Instant,
    locale: z.enum(['sv', 'en']),
    outcome: z.optional(Text(50)),
  }),
  /** Whose errand it is: the patient, or for a child the guardian who wrote (see `subject`). */
  patient: z.object({ personnummer: Personnummer, name: z.optional(Text(200)), firstName: z.optional(Text(100)) }),
  subject: z.object({
    kind: z.enum(['self', 'child']),
    /** A child's age in months. */
    ageMonths: z.optional(z.number().check(z.int(), z.minimum(0))),
    /** A child's errand is made by a guardian: who. */
    guardian: z.optional(z.object({ personnummer: Personnummer, name: z.optional(Text(200)) })),
  }),
  reason: z.optional(z.object({ id: Id, title: Text(200) })),
  /** Every answer of the symptom form, in reading order. */
  answers: z.array(ReportAnswer),
  assessment: z.optional(
    z.object({
      urgency: Urgency,
      why: z.array(Text(2000)),
      redFlagsMet: z.array(Text(2000)),
      /** The advice the patient was given: next steps and self-care, and the safety-netting. */
      actions: z.array(Text(50)),
      selfCare: z.array(Text(2000)),
      safetyNet: Text(2000),
      profession: Profession,
      created: Instant,
    }),
  ),
  attachments: z.array(ReportAttachment),
  forms: z.array(ReportForm),
});
export type StaffReport = z.infer<typeof StaffReport>;

/** A phrase template: `{firstName}` (the patient's first name) and `{staffName}` are filled in by the staff element. */
export const Phrase = z.object({ id: Id, title: Text(200), text: Text(4000) });
export type Phrase = z.infer<typeof Phrase>;
export const PhraseList = z.object({ phrases: z.array(Phrase) });

/** A form staff can send: scored rating scales (PHQ-9, GAD-7, AUDIT, EPDS) and plain follow-ups. */
export const StaffForm = z.object({ id: Id, title: Text(200), scored: z.boolean() });
export type StaffForm = z.infer<typeof StaffForm>;
export const StaffFormList = z.object({ forms: z.array(StaffForm) });

/** `POST /v1/staff/conversations`: a contact started by staff (a test result, a form, a follow-up). */
export const NewStaffConversation = z.object({
  /** The patient's personnummer (12 digits); they must be a patient of the clinic. */
  patient: Personnummer,
  /** Who handles it (the staff member's own profession when absent). */
  profession: z.optional(Profession),
  message: z.string().check(z.minLength(1), z.maxLength(4000)),
  /** A form to send with the message. */
  formId: z.optional(Id),
});
export type NewStaffConversation = z.infer<typeof NewStaffConversation>;

export const OUTCOMES = ['advice', 'booked', 'prescription', 'referral', 'test-ordered', 'no-action', 'other'] as const;
/** `POST /v1/staff/conversations/{id}/close`: how the errand ended (for follow-up). */
export const CloseErrand = z.object({ outcome: z.optional(z.enum(OUTCOMES)) });
export type Outcome = (typeof OUTCOMES)[number];

export const StaffReply = z.object({ text: z.string().check(z.minLength(1), z.maxLength(4000)) });
export const StaffHandover = z.object({ to: Profession });
export const StaffSendForm = z.object({ formId: z.string().check(z.minLength(1), z.maxLength(100)) });
export const StaffVideoInvite = z.object({ startsAt: z.optional(Instant) });

/** The staff view of a conversation after an action (take, hand over, close). */
export const StaffConversation = z.object({
  id: Id,
  clinic: Id,
  profession: Profession,
  status: z.enum(['queued', 'open', 'closed']),
  createdAt: Instant,
  lastSeq: z.number().check(z.int(), z.minimum(0)),
  patient: z.object({ personnummer: Personnummer }),
  preview: z.optional(Text(80)),
});
export type StaffConversation = z.infer<typeof StaffConversation>;

/** `POST /v1/staff/conversations/{id}/visit-offers`: offer the patient one to five free times of the clinic in the chat. */
export const StaffVisitOffer = z.object({ slotIds: z.array(Id).check(z.minLength(1), z.maxLength(5)) });
export type StaffVisitOffer = z.infer<typeof StaffVisitOffer>;
