import type { ClinicSettingsStore } from './clinic-settings-store.js';
import type { FollowUpStore } from './follow-up-store.js';
import type { ConsultationStore } from './consultation-store.js';
import type { Assessment, BookingStatus, ChatEvent, Conversation, Profession, Subject, VisitType } from '@nara/contract';

/** A saved shortcut: which clinic's service, in the patient's order. */
export interface ShortcutRef {
  clinic: string;
  serviceId: string;
}

/** Who touched whose data, and how: every read and write of patient data leaves one entry. */
export interface AccessLogEntry {
  /** When, ISO 8601. */
  at: string;
  /** Who acted: the patient's personnummer or the staff member's id. */
  actor: string;
  /** In which role: the patient themself, a guardian for a child, or care staff. */
  role: 'patient' | 'guardian' | 'staff';
  /** Whose data it is (personnummer). */
  subject: string;
  action: 'read' | 'write';
  /** What was touched, e.g. `shortcuts`, `booking:b-12`, `conversation:c-3`. */
  resource: string;
  /** True when the request was refused (someone else's record, or none): nothing was handed out. */
  refused?: boolean;
}

export interface AccessLogQuery {
  subject?: string;
  actor?: string;
  /** At most this many, newest first. Default 100. */
  limit?: number;
}


/** A conversation as kept: the contract's fields that do not change with the clock, plus its owner. */
export interface ConversationRecord extends Omit<Conversation, 'availability' | 'lastSeq'> {
  /** The patient whose errand it is (who opened it, or whom staff contacted); only they (and a guardian) may read or write it. */
  owner: string;
  /** Who started it; absent means the patient. */
  startedBy?: 'patient' | 'staff';
  /** How staff closed it (`advice`, `booked`, …), for follow-up. */
  outcome?: string;
  /** The newest seq the patient has had in an open chat: what is after it counts as unread. */
  patientReadSeq?: number;
}

/** A state a conversation must be in for a transition to happen. */
export interface ConversationCondition {
  status: ConversationRecord['status'][];
  profession?: Profession;
}
export type ConversationChange = Partial<Pick<ConversationRecord, 'profession' | 'status' | 'outcome'>>;

/** An event before the store gives it its seq. */
export type NewChatEvent = ChatEvent extends infer E ? (E extends ChatEvent ? Omit<E, 'seq'> : never) : never;

/** What appending an event did: a new event, or the one an earlier call with the same key made. */
export interface AppendResult {
  event: ChatEvent;
  duplicate: boolean;
}
/** One assessed errand ("ärende"): what the patient answered and what the assessment said. */
export interface TriageCase {
  id: string;
  /** The signed-in person who made it; absent when made without signing in. */
  person?: string;
  clinic?: string;
  reasonId: string;
  subject: Subject;
  redFlags: Record<string, boolean>;
  response: unknown;
  assessment: Assessment;
  /** ISO 8601 instant. */
  created: string;
}

/** A file a person attached, with its bytes. */
export interface AttachmentRecord {
  id: string;
  owner: string;
  contentType: string;
  title: string;
  size: number;
  creation: string;
  bytes: Uint8Array;
}

/** A booking as kept: the slot it holds and whose it is. Text is added on the way out. */
export interface BookingRecord {
  id: string;
  person: string;
  /** The held slot's deterministic id. At most one `booked` record per slot id (a unique index in SQL). */
  slotId: string;
  clinic: string;
  profession: Profession;
  visitType: VisitType;
  /** ISO instants, UTC. */
  start: string;
  end: string;
  status: BookingStatus;
  assessmentId?: string;
  createdAt: string;
  cancelledAt?: string;
  /** 0 when made; +1 on every change or cancellation (the calendar file's SEQUENCE). */
  revision: number;
}

/*
 * In SQL (PostgreSQL / PGlite) the guarantees come from two unique indexes, never from
 * check-then-write:
 *
 *   create table bookings (
 *     id text primary key, person text not null, slot_id text not null, clinic text not null,
 *     profession text not null, visit_type text not null, start_at timestamptz not null,
 *     end_at timestamptz not null, status text not null check (status in ('booked', 'cancelled')),
 *     assessment_id text, created_at timestamptz not null, cancelled_at timestamptz,
 *     revision integer not null default 0, idempotency_key text);
 *   create unique index bookings_slot_held on bookings (slot_id) where status = 'booked';
 *   create unique index bookings_idempotency on bookings (person, idempotency_key) where idempotency_key is not null;
 *
 * create: INSERT … ON CONFLICT DO NOTHING RETURNING *; no row back → look up (person, key):
 *   found → `replayed` (same slot) or `key-reused`; else `taken`.
 * move:   UPDATE bookings SET slot_id = …, start_at = …, revision = revision + 1
 *   WHERE id = $1 AND status = 'booked' RETURNING *; SQLSTATE 23505 → `taken` (nothing changed).
 * cancel: UPDATE … SET status = 'cancelled', cancelled_at = $2, revision = revision + 1
 *   WHERE id = $1 AND status = 'booked'; then SELECT the row.
 * `conformance/bookings.ts` holds the cases every implementation must pass.
 */

/** What `bookings.create` did. */
export type CreateOutcome =
  | { outcome: 'created'; booking: BookingRecord }
  /** The person already made this booking with this idempotency key: the earlier booking. */
  | { outcome: 'replayed'; booking: BookingRecord }
  /** The idempotency key was used before by this person for another slot. */
  | { outcome: 'key-reused' }
  /** Someone holds the slot. */
  | { outcome: 'taken' }
  /** The person already has `limit.futurePerClinic` booked times at the clinic starting after `limit.now`. */
  | { outcome: 'quota' };

/** What `bookings.move` did. */
export type MoveOutcome = { outcome: 'moved'; booking: BookingRecord } | { outcome: 'taken' } | { outcome: 'not-found' };

/** Everything the server keeps. Every implementation passes the same conformance suite. */
export interface Store {
  shortcuts: {
    /** The person's shortcuts in their order; empty when they have none. */
    get(person: string): Promise<ShortcutRef[]>;
    /** Replace the person's shortcuts. */
    put(person: string, refs: ShortcutRef[]): Promise<void>;
  };
  accessLog: {
    append(entry: AccessLogEntry): Promise<void>;
    /** Entries matching the query, newest first. */
    list(query?: AccessLogQuery): Promise<AccessLogEntry[]>;
  };
  conversations: {
    /**
     * Stores a new conversation. With `limit`, only when its owner has fewer than
     * `openPerClinic` queued or open conversations at its clinic (checked and written atomically:
     * SQL takes a per-owner advisory lock); answers false, storing nothing, when they have that many.
     */
    create(record: ConversationRecord, limit?: { openPerClinic: number }): Promise<boolean>;
    get(id: string): Promise<ConversationRecord | undefined>;
    /** Change the profession or status (handover, staff joined, closed). */
    update(id: string, change: Partial<Pick<ConversationRecord, 'profession' | 'status' | 'outcome' | 'patientReadSeq'>>): Promise<void>;
    /**
     * In one transaction: when the conversation is in one of `when.status` (and with `when.profession`,
     * if given), apply `change` and append `event` with the next seq. Answers the event, or null when
     * the conversation is not in that state (nothing is written). SQL: `SELECT … FOR UPDATE`, `UPDATE`,
     * `INSERT` in one transaction.
     */
    transition(id: string, when: ConversationCondition, change: ConversationChange, event: NewChatEvent): Promise<ChatEvent | null>;
    /**
     * Append an event with the next seq (1, 2, 3, … per conversation, no gaps, atomically). With an
     * `idempotencyKey` already used in this conversation, appends nothing and returns that event.
     */
    append(id: string, event: NewChatEvent, idempotencyKey?: string): Promise<AppendResult>;
    /** Whether an idempotency key was already used in the conversation. */
    hasKey(id: string, key: string): Promise<boolean>;
    /** Events with seq > `after`, in seq order, at most `limit` of them. */
    listAfter(id: string, after: number, limit?: number): Promise<ChatEvent[]>;
    /** The seq of the newest event, 0 when there is none. */
    lastSeq(id: string): Promise<number>;
    /** Ids of conversations still waiting for staff at a clinic for a profession, oldest first. */
    waiting(clinic: string, profession: ConversationRecord['profession']): Promise<string[]>;
    /** A clinic's conversations with one of the given statuses, oldest first (the staff queue). */
    listByClinic(clinic: string, statuses: ConversationRecord['status'][]): Promise<ConversationRecord[]>;
    /** The conversations of these owners (a person and the children they are guardian of), newest first. */
    listByOwners(owners: string[]): Promise<ConversationRecord[]>;
  };
  attachments: {
    /**
     * Stores a file. With `limit`, only when the owner's stored files plus this one stay within
     * `bytes` (atomically); answers false, storing nothing, otherwise.
     */
    put(record: AttachmentRecord, limit?: { bytes: number }): Promise<boolean>;
    /** The file, or undefined when there is none with that id. */
    get(id: string): Promise<AttachmentRecord | undefined>;
    /** Marks `owner`'s files as referred to (sent in a message, part of an answer): they no longer expire. Others' ids are ignored. */
    markReferenced(owner: string, ids: string[]): Promise<void>;
    /** Deletes files nobody referred to, created before `before` (ISO); answers how many. */
    deleteUnreferenced(before: string): Promise<number>;
  };
  cases: {
    put(triageCase: TriageCase): Promise<void>;
    /** The case, or null when there is none with that id. */
    get(id: string): Promise<TriageCase | null>;
    /**
     * The case when it is `person`'s: made by them, or made without signing in and now claimed by
     * them (atomically: `UPDATE … SET person = $2 WHERE id = $1 AND person IS NULL`). Null when there
     * is no such case or it is someone else's.
     */
    claim(id: string, person: string): Promise<TriageCase | null>;
    /** The person's cases, oldest first. */
    listByPerson(person: string): Promise<TriageCase[]>;
  };
  bookings: {
    /**
     * Atomically: when (person, idempotencyKey) was stored before, answer that booking (`replayed`)
     * or `key-reused`; else insert the record unless a `booked` record holds its slot (`taken`).
     * SQL: `INSERT … ON CONFLICT` on a unique index over slot_id WHERE status = 'booked' and one over
     * (person, idempotency_key); never check-then-insert in two statements.
     */
    create(record: BookingRecord, idempotencyKey?: string, limit?: { futurePerClinic: number; now: string }): Promise<CreateOutcome>;
    get(id: string): Promise<BookingRecord | null>;
    /** The person's bookings, soonest first. */
    listByPerson(person: string): Promise<BookingRecord[]>;
    /** Ids of the slots held by `booked` records of a clinic starting in [from, to). */
    heldSlotIds(clinic: string, from: string, to: string): Promise<Set<string>>;
    /** Sets a `booked` record to `cancelled` (freeing its slot); answers the record as it is after. */
    cancel(id: string, at: string): Promise<BookingRecord | null>;
    /**
     * Atomically moves a `booked` record to another slot: either the new slot is held and the old
     * one freed, or nothing changes (`taken`). SQL: one UPDATE guarded by the unique index.
     */
    move(id: string, slot: Pick<BookingRecord, 'slotId' | 'profession' | 'visitType' | 'start' | 'end'>): Promise<MoveOutcome>;
  };
  /** Closed errands with their outcome, for the indicators (follow-up-store.ts). */
  followUp: FollowUpStore;
  /** Staff asking colleagues about errands (consultation-store.ts): never part of the chat. */
  consultations: ConsultationStore;
  /** Clinic settings admins change, with their audit log (clinic-settings-store.ts). */
  clinicSettings: ClinicSettingsStore;
  close?(): Promise<void>;
}

/** A write the store refused because it would break a uniqueness rule (SQLSTATE 23505 in SQL stores). */
export class StoreConflict extends Error {
  override readonly name = 'StoreConflict';
  constructor(message = 'The record already exists', options?: { cause?: unknown }) {
    super(message, options);
  }
}
