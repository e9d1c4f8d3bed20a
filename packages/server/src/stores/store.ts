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
  close?(): Promise<void>;
}

/** A write the store refused because it would break a uniqueness rule (SQLSTATE 23505 in SQL stores). */
export class StoreConflict extends Error {
  override readonly name = 'StoreConflict';
  constructor(message = 'The record already exists', options?: { cause?: unknown }) {
    super(message, options);
  }
}
