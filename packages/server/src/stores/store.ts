/** A saved shortcut: which clinic's service, in the patient's order. */
export interface ShortcutRef {
  clinic: string;
  serviceId: string;
}

import type { ChatEvent, Conversation } from '@nara/contract';

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
  };
  close?(): Promise<void>;
}
