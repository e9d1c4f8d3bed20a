import type { Assessment, BookingStatus, Profession, Subject, VisitType } from '@nara/contract';

/** A saved shortcut: which clinic's service, in the patient's order. */
export interface ShortcutRef {
  clinic: string;
  serviceId: string;
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
 * `booking-store-conformance.ts` holds the cases every implementation must pass.
 */

/** What `bookings.create` did. */
export type CreateOutcome =
  | { outcome: 'created'; booking: BookingRecord }
  /** The person already made this booking with this idempotency key: the earlier booking. */
  | { outcome: 'replayed'; booking: BookingRecord }
  /** The idempotency key was used before by this person for another slot. */
  | { outcome: 'key-reused' }
  /** Someone holds the slot. */
  | { outcome: 'taken' };

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
  attachments: {
    put(record: AttachmentRecord): Promise<void>;
    /** The file, or undefined when there is none with that id. */
    get(id: string): Promise<AttachmentRecord | undefined>;
  };
  cases: {
    put(triageCase: TriageCase): Promise<void>;
    /** The case, or null when there is none with that id. */
    get(id: string): Promise<TriageCase | null>;
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
    create(record: BookingRecord, idempotencyKey?: string): Promise<CreateOutcome>;
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
  close?(): Promise<void>;
}
