import * as z from 'zod/mini';
import { Id, Instant, Profession } from './common.js';

/**
 * One of the signed-in person's errands ("ärenden") as the patient sees it in "Mina ärenden":
 * where it stands, when something last happened and how much from the care team is unread.
 */
export const ErrandSummary = z.object({
  /** The conversation's id: open it in `nara-chat-panel` with `conversation="…"`. */
  id: Id,
  clinic: Id,
  /** The clinic's name, for showing. */
  clinicName: z.string().check(z.maxLength(200)),
  /** The profession handling it now. */
  profession: Profession,
  status: z.enum(['queued', 'open', 'closed']),
  /** Who started it: the patient (symptom form, direct errand) or the care team (a test result, a form, a follow-up). */
  startedBy: z.enum(['patient', 'staff']),
  /** Whose errand it is when it is not the signed-in person's own: the child's personnummer (guardian access). */
  for: z.optional(z.string().check(z.regex(/^\d{12}$/))),
  /** The contact reason's title, when the errand came from an assessment. */
  title: z.optional(z.string().check(z.maxLength(200))),
  createdAt: Instant,
  /** When the newest event happened. */
  lastActivityAt: Instant,
  /** Messages, forms and invitations from the care team the patient has not had in an open chat yet. */
  unread: z.number().check(z.int(), z.minimum(0)),
  /** The start of the newest message, for the list. */
  preview: z.optional(z.string().check(z.maxLength(120))),
});
export type ErrandSummary = z.infer<typeof ErrandSummary>;

/** `GET /v1/conversations`: the person's errands and their children's, newest activity first. */
export const ErrandList = z.object({ errands: z.array(ErrandSummary) });
export type ErrandList = z.infer<typeof ErrandList>;
