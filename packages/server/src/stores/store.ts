import type { ChatEvent, Conversation } from '@nara/contract';

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
}

export interface AccessLogQuery {
  subject?: string;
  actor?: string;
  /** At most this many, newest first. Default 100. */
  limit?: number;
}

/** A conversation as kept: the contract's fields that do not change with the clock, plus its owner. */
export interface ConversationRecord extends Omit<Conversation, 'availability' | 'lastSeq'> {
  /** The person who opened it; only they may read or write it. */
  owner: string;
}

/** An event before the store gives it its seq. */
export type NewChatEvent = ChatEvent extends infer E ? (E extends ChatEvent ? Omit<E, 'seq'> : never) : never;

/** What appending an event did: a new event, or the one an earlier call with the same key made. */
export interface AppendResult {
  event: ChatEvent;
  duplicate: boolean;
}

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
    create(record: ConversationRecord): Promise<void>;
    get(id: string): Promise<ConversationRecord | undefined>;
    /** Change the profession or status (handover, staff joined, closed). */
    update(id: string, change: Partial<Pick<ConversationRecord, 'profession' | 'status'>>): Promise<void>;
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
  };
  close?(): Promise<void>;
}

/** A write the store refused because it would break a uniqueness rule (SQLSTATE 23505 in SQL stores). */
export class StoreConflict extends Error {
  override readonly name = 'StoreConflict';
  constructor(message = 'The record already exists', options?: { cause?: unknown }) {
    super(message, options);
  }
}
