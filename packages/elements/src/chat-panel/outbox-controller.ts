import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChatEvent, NaraError } from '@nara/contract';
import { Outbox, type OutboxItem } from './outbox.js';
import type { PendingFile } from './attachments.js';

/** A message waiting to go out, with the files still to upload with it. */
export type QueuedMessage = OutboxItem & { files?: PendingFile[] };

export interface OutboxOptions {
  /** How to send one message now, or undefined while there is nowhere to send it (no conversation yet). */
  sender: () => Promise<((item: QueuedMessage) => Promise<ChatEvent>) | undefined>;
  /** The server confirmed a message. */
  onSent: (event: ChatEvent) => void;
  /** The server refused a message for good: give its text and files back to the patient. */
  onRefused: (item: QueuedMessage, error: NaraError) => void;
  /** Sending needs the person to sign in; sending resumes with `flush()` after. */
  onAuthRequired: (error: NaraError) => void;
}

/**
 * What the patient wrote and the server has not confirmed, sent in order and once: a passing failure
 * (offline, 5xx, timeout) keeps the message and tries again later with the same Idempotency-Key,
 * backing off from 1 to 30 seconds; the host re-renders whenever a message changes state.
 */
export class OutboxController implements ReactiveController {
  private readonly outbox: Outbox;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay = 1000;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: OutboxOptions,
  ) {
    this.outbox = new Outbox(() => host.requestUpdate());
    host.addController(this);
  }

  /** The messages waiting or being sent, oldest first. */
  get items(): QueuedMessage[] {
    return this.outbox.items;
  }

  /** Queues a message (and its files) and starts sending. */
  add(text: string, files: PendingFile[]): QueuedMessage {
    const item = this.outbox.add(text, [], undefined, files.map((f) => f.file.name)) as QueuedMessage;
    if (files.length) item.files = files;
    void this.flush();
    return item;
  }

  /** Drops messages the conversation already shows (the server echoes their keys). */
  settle(keys: Iterable<string>): void {
    this.outbox.settle(keys);
  }

  /** Sends what waits now (when the connection is back, after sign-in, or on a retry button). */
  async flush(): Promise<void> {
    clearTimeout(this.retryTimer);
    if (this.outbox.items.length === 0) return;
    const send = await this.options.sender();
    if (!send) return;
    const result = await this.outbox.flush((item) => send(item));
    for (const event of result.sent) this.options.onSent(event);
    for (const { item, error } of result.refused) this.options.onRefused(item, error);
    if (result.stoppedBy?.code === 'auth') this.options.onAuthRequired(result.stoppedBy);
    else if (result.stoppedBy) {
      this.retryTimer = setTimeout(() => void this.flush(), this.retryDelay);
      this.retryDelay = Math.min(30_000, this.retryDelay * 2);
    } else this.retryDelay = 1000;
  }

  hostDisconnected(): void {
    clearTimeout(this.retryTimer);
  }
}
