import { NaraError, type AttachmentRef, type ChatEvent } from '@nara/contract';

/** A message the patient wrote that the server has not confirmed yet. */
export interface OutboxItem {
  /** The Idempotency-Key: the same on every attempt, so the server keeps one copy. */
  key: string;
  text: string;
  attachments: AttachmentRef[];
  /** Names of files still to upload with it (shown while it waits). */
  fileNames: string[];
  state: 'waiting' | 'sending';
  /** Why the last attempt did not go through (kept while it waits for the next one). */
  error?: NaraError;
  createdAt: number;
}

/** What one flush did. */
export interface FlushResult {
  sent: ChatEvent[];
  /** Items the server refused for good (invalid, closed, forbidden): the caller gives the text back to the patient. */
  refused: { item: OutboxItem; error: NaraError }[];
  /** The error that stopped the flush (offline, 5xx, sign-in needed); the items stay for the next try. */
  stoppedBy?: NaraError;
}

/** Errors that the same request may get past later: keep the message and try again. */
const WAIT_AND_RETRY = new Set<NaraError['code']>(['network', 'timeout', 'rate-limited', 'unavailable', 'server', 'auth', 'aborted']);

/**
 * Messages typed but not yet confirmed, in the order they were written. Kept in memory only (no
 * health data in storage). `flush` sends them one at a time, oldest first; a message that fails
 * for a passing reason stays (and keeps its key) so order is kept and nothing is sent twice.
 */
export class Outbox {
  items: OutboxItem[] = [];
  private flushing?: Promise<FlushResult>;
  private again = false;

  constructor(private readonly onChange: () => void = () => {}) {}

  add(text: string, attachments: AttachmentRef[] = [], key: string = crypto.randomUUID(), fileNames: string[] = []): OutboxItem {
    const item: OutboxItem = { key, text, attachments, fileNames, state: 'waiting', createdAt: Date.now() };
    this.items = [...this.items, item];
    this.onChange();
    return item;
  }

  /** Removes items the conversation already shows (matched by the key the server echoes). */
  settle(keys: Iterable<string>): void {
    const known = new Set(keys);
    const before = this.items.length;
    this.items = this.items.filter((item) => item.state === 'sending' || !known.has(item.key));
    if (this.items.length !== before) this.onChange();
  }

  /** Sends waiting items in order; a second call while one runs makes it go round once more. */
  flush(send: (item: OutboxItem) => Promise<ChatEvent>): Promise<FlushResult> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.run(send).finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async run(send: (item: OutboxItem) => Promise<ChatEvent>): Promise<FlushResult> {
    const result: FlushResult = { sent: [], refused: [] };
    do {
      this.again = false;
      while (this.items.length > 0) {
        const item = this.items[0];
        item.state = 'sending';
        this.onChange();
        try {
          result.sent.push(await send(item));
          this.items = this.items.filter((i) => i !== item);
          result.stoppedBy = undefined;
        } catch (caught) {
          const error = NaraError.is(caught) ? caught : new NaraError('network', String(caught), { cause: caught });
          if (WAIT_AND_RETRY.has(error.code)) {
            item.state = 'waiting';
            item.error = error;
            result.stoppedBy = error;
            this.onChange();
            return result;
          }
          this.items = this.items.filter((i) => i !== item);
          result.refused.push({ item, error });
        }
        this.onChange();
      }
    } while (this.again);
    return result;
  }
}
