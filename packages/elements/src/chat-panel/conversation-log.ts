import type { ChatEvent, ChatEventOf, Slot, StaffMember } from '@nara/contract';

/** Events that show as entries in the message list (typing and queue show elsewhere). */
export type LogEntry = Exclude<ChatEvent, { type: 'typing' } | { type: 'queue' }>;

/**
 * A conversation's events as the panel shows them: in seq order, each seq once, with what the
 * header needs (queue, who is typing, closed) kept up to date as events arrive.
 */
export class ConversationLog {
  /** Entries for the message list, in seq order. */
  entries: LogEntry[] = [];
  lastSeq = 0;
  queue?: ChatEventOf<'queue'>;
  staff?: StaffMember;
  /** The staff member writing right now (a typing event not yet followed by their message). */
  typing?: StaffMember;
  closed = false;
  /** Idempotency keys of the patient's messages the server has (to clear them from the outbox). */
  readonly clientKeys = new Set<string>();
  /** Forms answered, by request id. */
  readonly answeredForms = new Set<string>();
  /** Visit offers confirmed: the booked time, by the offer's request id. */
  readonly bookedOffers = new Map<string, Slot>();

  /** Adds events in one go (one new entries array however many there are); returns how many were new. */
  addAll(events: ChatEvent[]): number {
    const entries = this.entries;
    let added = 0;
    for (const event of events) if (this.add(event, entries)) added++;
    if (added) this.entries = [...entries];
    return added;
  }

  /** Adds an event; returns false when the log has it already. */
  add(event: ChatEvent, into?: LogEntry[]): boolean {
    if (event.seq <= this.lastSeq) return false;
    this.lastSeq = event.seq;
    switch (event.type) {
      case 'typing':
        this.typing = event.staff;
        return true;
      case 'queue':
        this.queue = event;
        return true;
      case 'staff-joined':
        this.staff = event.staff;
        this.queue = undefined;
        break;
      case 'handed-over':
        this.staff = undefined;
        break;
      case 'message':
        if (event.clientKey) this.clientKeys.add(event.clientKey);
        break;
      case 'form-answered':
        this.answeredForms.add(event.requestId);
        break;
      case 'visit-booked':
        this.bookedOffers.set(event.requestId, event.slot);
        break;
      case 'closed':
        this.closed = true;
        this.queue = undefined;
        break;
    }
    if (event.type !== 'message' || event.sender.kind === 'staff') this.typing = undefined;
    if (into) into.push(event);
    // A new array so lit sees the change.
    else this.entries = [...this.entries, event];
    return true;
  }
}
