import ky, { HTTPError, TimeoutError, type KyInstance, type Options } from 'ky';
import type * as z from 'zod/mini';
import { ServerSentEventParser } from './sse-parser.js';
import {
  ChatEvent,
  Clinic,
  Conversation,
  NaraError,
  Problem,
  ShortcutList,
  codeForStatus,
  type CallOptions,
  type CareBackend,
  type ConversationEventsOptions,
  type FormAnswer,
  type IdempotentCallOptions,
  type NewConversation,
  type SendMessageOptions,
  type Locale,
  type ShortcutsUpdate,
} from '@nara/contract';

export interface HttpBackendOptions {
  /** Base URL of the backend, e.g. `https://vard.example.se/api` (the `/v1/...` paths go under it). */
  baseUrl: string;
  /** Returns the person's bearer token, or null when nobody is signed in. Called before every request. */
  getToken?: () => Promise<string | null> | string | null;
  /** The language backend text is asked for in (`Accept-Language`). */
  locale?: Locale | (() => Locale);
  /** A fetch to use instead of the global one (the demo backend passes the server app's). */
  fetch?: (request: Request) => Promise<Response>;
  /** Milliseconds before a call gives up. Default 15 000. */
  timeout?: number;
  /** How many times an idempotent call is retried after a network error, timeout or 5xx. Default 2. */
  retries?: number;
}

/** Speaks the Nära HTTP contract: every response validated, every failure a `NaraError`. */
export class HttpBackend implements CareBackend {
  readonly http: KyInstance;
  private readonly options: HttpBackendOptions;

  constructor(options: HttpBackendOptions) {
    this.options = options;
    const customFetch = options.fetch;
    this.http = ky.create({
      prefixUrl: options.baseUrl.replace(/\/+$/, '') + '/',
      timeout: options.timeout ?? 15_000,
      retry: {
        limit: options.retries ?? 2,
        methods: ['get', 'put', 'head', 'delete', 'options'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        backoffLimit: 2_000,
      },
      ...(customFetch ? { fetch: (input: RequestInfo | URL, init?: RequestInit) => customFetch(new Request(input, init)) } : {}),
      hooks: {
        beforeRequest: [
          async (request) => {
            if (!request.headers.has('Accept-Language')) request.headers.set('Accept-Language', this.locale);
            if (!request.headers.get('Accept')?.includes('text/event-stream')) request.headers.set('Accept', 'application/json');
            const token = await this.options.getToken?.();
            if (token) request.headers.set('Authorization', `Bearer ${token}`);
          },
        ],
      },
    });
  }

  get locale(): Locale {
    const { locale } = this.options;
    return (typeof locale === 'function' ? locale() : locale) ?? 'sv';
  }

  /** One call: send, map failures to `NaraError`, validate the body against `schema`. */
  async request<S extends z.ZodMiniType>(schema: S, path: string, options: Options & CallOptions = {}): Promise<z.infer<S>> {
    let body: unknown;
    const { locale, ...kyOptions } = options;
    if (locale) kyOptions.headers = { ...(kyOptions.headers as Record<string, string>), 'Accept-Language': locale };
    try {
      const response = await this.http(path.replace(/^\//, ''), kyOptions);
      body = response.status === 204 ? undefined : await response.json();
    } catch (error) {
      throw await toNaraError(error);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || '(root)';
      throw new NaraError('contract', `The backend's answer to ${path} does not match the contract at ${where}`, {
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  /** Options for a POST that is safe to retry because the server deduplicates by `Idempotency-Key`. */
  idempotent(options: Options & CallOptions = {}, key: string = crypto.randomUUID()): Options & CallOptions {
    return {
      ...options,
      headers: { ...(options.headers as Record<string, string>), 'Idempotency-Key': key },
      retry: { limit: this.options.retries ?? 2, methods: ['post', 'patch', 'put', 'delete'], statusCodes: [408, 429, 500, 502, 503, 504] },
    };
  }

  getClinic(clinic: string, options?: CallOptions) {
    return this.request(Clinic, `v1/clinics/${encodeURIComponent(clinic)}`, options);
  }

  async getShortcuts(options?: CallOptions) {
    return (await this.request(ShortcutList, 'v1/shortcuts', options)).shortcuts;
  }

  async saveShortcuts(update: ShortcutsUpdate, options?: CallOptions) {
    return (await this.request(ShortcutList, 'v1/shortcuts', { ...options, method: 'put', json: update })).shortcuts;
  }

  createConversation(request: NewConversation, options?: CallOptions) {
    return this.request(Conversation, 'v1/conversations', { ...options, method: 'post', json: request });
  }

  getConversation(conversationId: string, options?: CallOptions) {
    return this.request(Conversation, `v1/conversations/${encodeURIComponent(conversationId)}`, options);
  }

  /** Send a message; retried on network errors and 5xx with the same Idempotency-Key, so never twice. */
  sendMessage(conversationId: string, text: string, options: SendMessageOptions = {}) {
    const { idempotencyKey, attachments, ...call } = options;
    return this.request(
      ChatEvent,
      `v1/conversations/${encodeURIComponent(conversationId)}/messages`,
      this.idempotent({ ...call, method: 'post', json: { text, ...(attachments?.length ? { attachments } : {}) } }, idempotencyKey),
    );
  }

  answerForm(conversationId: string, answer: FormAnswer, options: IdempotentCallOptions = {}) {
    return this.request(
      ChatEvent,
      `v1/conversations/${encodeURIComponent(conversationId)}/form-answers`,
      this.idempotent({ signal: options.signal, locale: options.locale, method: 'post', json: answer }, options.idempotencyKey),
    );
  }

  /**
   * One SSE connection (over fetch, so the bearer token goes along) to a conversation's events after
   * `after`. Yields each event validated by the contract; ends when the server ends the stream.
   */
  async *conversationEvents(conversationId: string, options: ConversationEventsOptions = {}): AsyncGenerator<ChatEvent> {
    let response: Response;
    try {
      response = await this.http(`v1/conversations/${encodeURIComponent(conversationId)}/events`, {
        signal: options.signal,
        retry: 0,
        headers: {
          Accept: 'text/event-stream',
          ...(options.after ? { 'Last-Event-ID': String(options.after) } : {}),
          ...(options.locale ? { 'Accept-Language': options.locale } : {}),
        },
      });
    } catch (error) {
      throw await toNaraError(error);
    }
    if (!response.body || !(response.headers.get('Content-Type') ?? '').includes('text/event-stream')) {
      throw new NaraError('contract', 'The backend did not answer with an event stream');
    }
    options.onOpen?.();
    const reader = response.body.getReader();
    const parser = new ServerSentEventParser();
    try {
      while (true) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          throw options.signal?.aborted ? new NaraError('aborted', 'Cancelled', { cause: error }) : await toNaraError(error);
        }
        if (chunk.done) {
          if (options.signal?.aborted) throw new NaraError('aborted', 'Cancelled');
          return;
        }
        for (const sse of parser.push(chunk.value)) {
          if (sse.event !== 'message' || !sse.data) continue;
          let data: unknown;
          try {
            data = JSON.parse(sse.data);
          } catch (error) {
            throw new NaraError('contract', 'An event in the stream is not JSON', { cause: error });
          }
          const parsed = ChatEvent.safeParse(data);
          if (!parsed.success) throw new NaraError('contract', `Event ${sse.id ?? '?'} does not match the contract`, { cause: parsed.error });
          yield parsed.data;
        }
      }
    } finally {
      reader.cancel().catch(() => {});
    }
  }
}

/** Any failure of a call, as the one error type elements understand. */
export async function toNaraError(error: unknown): Promise<NaraError> {
  if (NaraError.is(error)) return error;
  if (error instanceof HTTPError) {
    const { status } = error.response;
    let problem: Problem | undefined;
    try {
      const parsed = Problem.safeParse(await error.response.clone().json());
      if (parsed.success) problem = parsed.data;
    } catch {
      // not problem+json: the status alone decides
    }
    const code = problem?.code ?? codeForStatus(status);
    return new NaraError(code, problem?.detail ?? problem?.title ?? `HTTP ${status}`, { status, problem, cause: error });
  }
  if (error instanceof TimeoutError) return new NaraError('timeout', 'The backend did not answer in time', { cause: error });
  if (error instanceof DOMException && error.name === 'AbortError') return new NaraError('aborted', 'Cancelled', { cause: error });
  if (error instanceof SyntaxError) return new NaraError('contract', 'The backend answered with something that is not JSON', { cause: error });
  if (error instanceof TypeError) return new NaraError('network', 'The backend could not be reached', { cause: error });
  return new NaraError('network', error instanceof Error ? error.message : String(error), { cause: error });
}
