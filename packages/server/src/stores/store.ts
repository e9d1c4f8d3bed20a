import type { Assessment, Subject } from '@nara/contract';

/** A saved shortcut: which clinic's service, in the patient's order. */
export interface ShortcutRef {
  clinic: string;
  serviceId: string;
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
  close?(): Promise<void>;
}
