import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConversationStream, type ConversationStreamStatus } from '@nara/client';
import type { CareBackend, ChatEvent, NaraError } from '@nara/contract';
import { ConversationLog } from './conversation-log.js';

export interface StreamControllerCallbacks {
  /** New events, in order, once each, after the log has them. `live` is false for history loaded on connect. */
  onEvents?: (events: ChatEvent[], live: boolean) => void;
  onStatus?: (status: ConversationStreamStatus, error?: NaraError) => void;
}

/**
 * Connects a host element to one conversation's event stream: keeps the `ConversationLog`,
 * batches bursts into one update, reconnects when the device comes back online, and lets go of
 * the connection when the element leaves the page (and picks it up again when it comes back).
 */
export class ConversationStreamController implements ReactiveController {
  log = new ConversationLog();
  status: ConversationStreamStatus | 'idle' = 'idle';
  error?: NaraError;
  conversationId?: string;

  private stream?: ConversationStream;
  private backend?: Pick<CareBackend, 'conversationEvents'>;
  private pending: ChatEvent[] = [];
  private flushQueued = false;
  /** Events up to this seq existed when the panel opened (history, not announced). */
  private historyUntil = 0;
  private readonly online = () => this.stream?.resume();
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: StreamControllerCallbacks = {},
  ) {
    host.addController(this);
  }

  /** Follow a conversation from the start; `historyUntil` is its lastSeq when opened. */
  connect(backend: Pick<CareBackend, 'conversationEvents'>, conversationId: string, historyUntil = 0): void {
    this.stop();
    this.backend = backend;
    this.conversationId = conversationId;
    this.historyUntil = historyUntil;
    this.log = new ConversationLog();
    // a panel taken off the page while its conversation loaded streams nothing (it would mark messages
    // read that nobody saw); it starts when it is put back
    if (this.connected) this.start();
  }

  /** Reconnect now (after sign-in, or a retry button). */
  resume(): void {
    this.stream?.resume();
  }

  hostConnected(): void {
    this.connected = true;
    globalThis.addEventListener?.('online', this.online);
    if (this.backend && this.conversationId && !this.stream && !this.log.closed) this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    globalThis.removeEventListener?.('online', this.online);
    this.stop();
  }

  private start() {
    if (!this.backend || !this.conversationId) return;
    this.stream = new ConversationStream(this.backend, this.conversationId, {
      after: this.log.lastSeq,
      onEvent: (event) => this.queue(event),
      onStatus: (status, error) => {
        this.status = status;
        this.error = error;
        this.callbacks.onStatus?.(status, error);
        this.host.requestUpdate();
      },
    }).start();
  }

  private stop() {
    this.stream?.stop();
    this.stream = undefined;
    this.pending = [];
  }

  /** Events of one burst go into the log together: one render, however many arrive. */
  private queue(event: ChatEvent) {
    this.pending.push(event);
    if (this.flushQueued) return;
    this.flushQueued = true;
    // A task, not a microtask: a burst read from one network chunk after another lands in one batch.
    setTimeout(() => {
      this.flushQueued = false;
      const events = this.pending;
      this.pending = [];
      this.log.addAll(events);
      const live = events.filter((e) => e.seq > this.historyUntil);
      if (events.length > live.length) this.callbacks.onEvents?.(events.filter((e) => e.seq <= this.historyUntil), false);
      if (live.length) this.callbacks.onEvents?.(live, true);
      this.host.requestUpdate();
    }, 0);
  }
}
