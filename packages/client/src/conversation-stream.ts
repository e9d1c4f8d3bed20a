import { NaraError, type CareBackend, type ChatEvent } from '@nara/contract';

/** Where a conversation stream is. */
export type ConversationStreamStatus =
  | 'connecting' // first connection
  | 'live' // connected, events arrive as they happen
  | 'reconnecting' // the connection dropped; trying again with backoff
  | 'auth-required' // 401: waits for `resume()` once the host has a new token
  | 'closed' // the conversation was closed; no more events
  | 'failed' // cannot go on (not found, forbidden)
  | 'stopped'; // `stop()` was called

export interface ConversationStreamOptions {
  /** Start after this seq (events the caller already has). Default 0. */
  after?: number;
  /** Called once per event, in seq order, never twice for one seq. */
  onEvent?: (event: ChatEvent) => void;
  /** Called when the status changes; `error` says why for reconnecting / auth-required / failed. */
  onStatus?: (status: ConversationStreamStatus, error?: NaraError) => void;
  /** First reconnect delay in ms (doubles each time, with jitter). Default 500. */
  minDelay?: number;
  /** Longest reconnect delay in ms. Default 30 000. */
  maxDelay?: number;
  /** Random source for jitter (tests pass a fixed one). */
  random?: () => number;
}

const FINAL = new Set<NaraError['code']>(['not-found', 'forbidden', 'invalid']);

/**
 * A conversation's events, live and complete: connects through any `CareBackend`, reconnects with
 * exponential backoff when the connection drops, resumes after the last seq it delivered (the
 * server gets it as `Last-Event-ID`), and delivers every seq once and in order — duplicates are
 * dropped, a gap makes it reconnect from the last good seq. Use `onEvent` or `for await`.
 */
export class ConversationStream implements AsyncIterable<ChatEvent> {
  status: ConversationStreamStatus = 'stopped';
  /** The seq of the last event delivered. */
  lastSeq: number;
  /** Number of connections made (tests and diagnostics). */
  connections = 0;

  private readonly options: ConversationStreamOptions;
  private abort?: AbortController;
  private wakeUp?: () => void;
  private running = false;
  private readonly listeners = new Set<(event: ChatEvent | undefined) => void>();

  constructor(
    private readonly backend: Pick<CareBackend, 'conversationEvents'>,
    readonly conversationId: string,
    options: ConversationStreamOptions = {},
  ) {
    this.options = options;
    this.lastSeq = options.after ?? 0;
  }

  /** Starts the connection loop (no-op when running). */
  start(): this {
    if (this.running) return this;
    this.running = true;
    void this.loop();
    return this;
  }

  /** Ends the stream for good; iterators finish. */
  stop(): void {
    this.running = false;
    this.abort?.abort();
    this.wakeUp?.();
    this.setStatus('stopped');
    for (const listener of this.listeners) listener(undefined);
  }

  /** Reconnects now: after `auth-required` (a new token), or when the device is back online. */
  resume(): void {
    if (!this.running) return;
    this.wakeUp?.();
  }

  [Symbol.asyncIterator](): AsyncIterator<ChatEvent> {
    const queue: ChatEvent[] = [];
    let waiting: ((result: IteratorResult<ChatEvent>) => void) | undefined;
    let done = false;
    const listener = (event: ChatEvent | undefined) => {
      if (event === undefined) done = true;
      else queue.push(event);
      if (waiting && (queue.length || done)) {
        const resolve = waiting;
        waiting = undefined;
        resolve(queue.length ? { value: queue.shift()!, done: false } : { value: undefined, done: true });
      }
    };
    this.listeners.add(listener);
    this.start();
    return {
      next: () =>
        queue.length
          ? Promise.resolve({ value: queue.shift()!, done: false })
          : done
            ? Promise.resolve({ value: undefined, done: true })
            : new Promise((resolve) => (waiting = resolve)),
      return: async () => {
        this.listeners.delete(listener);
        done = true;
        return { value: undefined, done: true };
      },
    };
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      this.setStatus(this.connections === 0 ? 'connecting' : 'reconnecting');
      this.abort = new AbortController();
      this.connections++;
      let error: NaraError | undefined;
      try {
        const events = this.backend.conversationEvents(this.conversationId, {
          after: this.lastSeq,
          signal: this.abort.signal,
          onOpen: () => {
            failures = 0;
            this.setStatus('live');
          },
        });
        for await (const event of events) {
          if (!this.running) return;
          if (event.seq <= this.lastSeq) continue; // already delivered
          if (event.seq !== this.lastSeq + 1) {
            error = new NaraError('contract', `Events ${this.lastSeq + 1}–${event.seq - 1} are missing; resuming`);
            break;
          }
          this.lastSeq = event.seq;
          this.deliver(event);
          if (event.type === 'closed') {
            this.running = false;
            this.setStatus('closed');
            for (const listener of this.listeners) listener(undefined);
            return;
          }
        }
      } catch (caught) {
        error = NaraError.is(caught) ? caught : new NaraError('network', String(caught), { cause: caught });
      } finally {
        this.abort.abort();
      }
      if (!this.running) return;
      if (error?.code === 'auth') {
        this.setStatus('auth-required', error);
        await this.pause(Infinity);
        failures = 0;
        continue;
      }
      if (error && FINAL.has(error.code)) {
        this.running = false;
        this.setStatus('failed', error);
        for (const listener of this.listeners) listener(undefined);
        return;
      }
      failures++;
      this.setStatus('reconnecting', error);
      await this.pause(this.backoff(failures));
    }
  }

  /** Exponential backoff with jitter: min·2^(n−1), capped, times 0.5–1. */
  private backoff(failures: number): number {
    const { minDelay = 500, maxDelay = 30_000, random = Math.random } = this.options;
    return Math.min(maxDelay, minDelay * 2 ** (failures - 1)) * (0.5 + random() / 2);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wakeUp = undefined;
        resolve();
      }
      this.wakeUp = done;
    });
  }

  private deliver(event: ChatEvent) {
    try {
      this.options.onEvent?.(event);
    } catch (error) {
      console.error(error);
    }
    for (const listener of this.listeners) listener(event);
  }

  private setStatus(status: ConversationStreamStatus, error?: NaraError) {
    if (status === this.status && !error) return;
    this.status = status;
    this.options.onStatus?.(status, error);
  }
}
