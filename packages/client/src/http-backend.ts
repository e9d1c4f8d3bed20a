import type * as z from 'zod/mini';
import {
  markContentLanguage,
  type AssessmentRequest,
  NaraError,
  type Problem,
  type StoredAttachment,
  codeForStatus,
  type CallOptions,
  type CareBackend,
  type ChatEvent,
  type ConversationEventsOptions,
  type FormAnswer,
  type VisitOfferAnswer,
  type IdempotentCallOptions,
  type NewConversation,
  type SendMessageOptions,
  type ShortcutsUpdate,
  type UploadOptions,
  type StaffBackend,
  type BookingRequest,
  type SlotQuery,
} from '@nara/contract';
import { createHttpCall, HttpStatusError, HttpTimeoutError, type HttpCall, type HttpCallOptions } from './http-call.js';

/**
 * A module of the contract's schemas (schemas/), imported with the first call that needs it and in
 * parallel with that call; a failed import is tried again next time.
 */
function schemasOf<M>(load: () => Promise<M>): <S>(pick: (module: M) => S) => Promise<S> {
  let module: Promise<M> | undefined;
  return (pick) =>
    (module ??= load().catch((error) => {
      module = undefined;
      throw error;
    })).then(pick);
}
const clinicSchema = schemasOf(() => import('./schemas/clinic.js'));
const shortcutSchema = schemasOf(() => import('./schemas/shortcuts.js'));
const triageSchema = schemasOf(() => import('./schemas/triage.js'));
const bookingSchema = schemasOf(() => import('./schemas/booking.js'));
const attachmentSchema = schemasOf(() => import('./schemas/attachments.js'));
const problemSchema = schemasOf(() => import('./schemas/problem.js'));

export interface HttpBackendOptions {
  /** Base URL of the backend, e.g. `https://vard.example.se/api` (the `/v1/...` paths go under it). */
  baseUrl: string;
  /** Returns the person's bearer token, or null when nobody is signed in. Called before every request. */
  getToken?: () => Promise<string | null> | string | null;
  /** The language backend text is asked for in (`Accept-Language`). */
  locale?: string | (() => string);
  /** A fetch to use instead of the global one (the demo backend passes the server app's). */
  fetch?: (request: Request) => Promise<Response>;
  /** Milliseconds before a call gives up. Default 15 000. */
  timeout?: number;
  /** How many times an idempotent call is retried after a network error, timeout or 5xx. Default 2. */
  retries?: number;
}

/** Speaks the Nära HTTP contract: every response validated, every failure a `NaraError`. */
export class HttpBackend implements CareBackend {
  /** Sends one call (base URL, timeout, retries, language and token); rejects on anything but 2xx. */
  readonly http: HttpCall;
  private readonly options: HttpBackendOptions;

  constructor(options: HttpBackendOptions) {
    this.options = options;
    this.http = createHttpCall({
      prefixUrl: options.baseUrl.replace(/\/+$/, '') + '/',
      timeout: options.timeout ?? 15_000,
      retry: {
        limit: options.retries ?? 2,
        methods: ['get', 'put', 'head', 'delete', 'options'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        backoffLimit: 2_000,
      },
      fetch: options.fetch,
      beforeRequest: async (request) => {
        if (!request.headers.has('Accept-Language')) request.headers.set('Accept-Language', this.locale);
        if (!request.headers.get('Accept')?.includes('text/event-stream')) request.headers.set('Accept', 'application/json');
        const token = await this.options.getToken?.();
        if (token) request.headers.set('Authorization', `Bearer ${token}`);
      },
    });
  }

  get locale(): string {
    const { locale } = this.options;
    return (typeof locale === 'function' ? locale() : locale) ?? 'sv';
  }

  /**
   * One call: send, map failures to `NaraError`, validate the body against `schema` (a schema, or the
   * promise of one that is still loading).
   */
  async request<S extends z.ZodMiniType>(schema: S | Promise<S>, path: string, options: HttpCallOptions & CallOptions = {}): Promise<z.infer<S>> {
    let body: unknown;
    let language: string | null = null;
    const { locale, ...callOptions } = options;
    if (locale) callOptions.headers = { ...callOptions.headers, 'Accept-Language': locale };
    // a schema that fails to load is reported after the call, not as an unhandled rejection
    Promise.resolve(schema).catch(() => {});
    try {
      const response = await this.http(path.replace(/^\//, ''), callOptions);
      body = response.status === 204 ? undefined : await response.json();
      language = response.headers.get('Content-Language');
    } catch (error) {
      throw await toNaraError(error);
    }
    let loaded: S;
    try {
      loaded = (await schema) as S;
    } catch (error) {
      throw await toNaraError(error);
    }
    const parsed = loaded.safeParse(body);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || '(root)';
      throw new NaraError('contract', `The backend's answer to ${path} does not match the contract at ${where}`, {
        cause: parsed.error,
      });
    }
    // the language the backend wrote in, which may not be the one asked for (see contentLanguageOf)
    return markContentLanguage(parsed.data, language);
  }

  /** Options for a POST that is safe to retry because the server deduplicates by `Idempotency-Key`. */
  idempotent(options: HttpCallOptions & CallOptions = {}, key: string = crypto.randomUUID()): HttpCallOptions & CallOptions {
    return {
      ...options,
      headers: { ...options.headers, 'Idempotency-Key': key },
      retry: {
        limit: this.options.retries ?? 2,
        methods: ['post', 'patch', 'put', 'delete'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        // The key makes a repeat harmless, so a request whose answer never came may be sent again.
        retryOnTimeout: true,
      },
    };
  }

  getClinic(clinic: string, options?: CallOptions) {
    return this.request(clinicSchema((s) => s.Clinic), `v1/clinics/${encodeURIComponent(clinic)}`, options);
  }

  async getShortcuts(options?: CallOptions) {
    return (await this.request(shortcutSchema((s) => s.ShortcutList), 'v1/shortcuts', options)).shortcuts;
  }

  async saveShortcuts(update: ShortcutsUpdate, options?: CallOptions) {
    return (await this.request(shortcutSchema((s) => s.ShortcutList), 'v1/shortcuts', { ...options, method: 'put', json: update })).shortcuts;
  }

  /** Chat calls load their schemas and SSE parser on first use: a page without a chat never downloads them. */
  private chatCalls() {
    return import('./chat-calls.js');
  }

  async createConversation(request: NewConversation, options?: CallOptions) {
    return (await this.chatCalls()).createConversation(this, request, options);
  }

  async getConversation(conversationId: string, options?: CallOptions) {
    return (await this.chatCalls()).getConversation(this, conversationId, options);
  }

  /** The signed-in person's errands and their children's, newest activity first ("Mina ärenden"). */
  async listConversations(options?: CallOptions) {
    const { ErrandList } = await import('@nara/contract/errands');
    return (await this.request(ErrandList, 'v1/conversations', options)).errands;
  }

  /** The care team's calls (`/v1/staff/...`) with this backend's connection and token, loaded on first use. */
  async staffBackend(): Promise<StaffBackend> {
    const { HttpStaffBackend } = await import('./staff-calls.js');
    return new HttpStaffBackend(this);
  }

  /** Send a message; retried on network errors and 5xx with the same Idempotency-Key, so never twice. */
  async sendMessage(conversationId: string, text: string, options: SendMessageOptions = {}) {
    return (await this.chatCalls()).sendMessage(this, conversationId, text, options);
  }

  async answerForm(conversationId: string, answer: FormAnswer, options: IdempotentCallOptions = {}) {
    return (await this.chatCalls()).answerForm(this, conversationId, answer, options);
  }

  /** Confirm a time staff offered in the chat; retried with the same Idempotency-Key, so never booked twice. */
  async acceptVisitOffer(conversationId: string, answer: VisitOfferAnswer, options: IdempotentCallOptions = {}) {
    return (await this.chatCalls()).acceptVisitOffer(this, conversationId, answer, options);
  }

  /**
   * One SSE connection (over fetch, so the bearer token goes along) to a conversation's events after
   * `after`. Yields each event validated by the contract; ends when the server ends the stream.
   */
  async *conversationEvents(conversationId: string, options: ConversationEventsOptions = {}): AsyncGenerator<ChatEvent> {
    yield* (await this.chatCalls()).conversationEvents(this, conversationId, options);
  }

  /**
   * Uploads one file as `multipart/form-data`. Progress comes from XMLHttpRequest's upload events
   * (fetch cannot report upload progress over HTTP/1.1); with a custom `fetch` (the demo backend) the
   * file goes through it and progress jumps to 1 at the end.
   */
  async uploadAttachment(file: Blob & { name?: string }, options: UploadOptions = {}): Promise<StoredAttachment> {
    const form = new FormData();
    form.append('file', file, file.name ?? 'file');
    const { onProgress, signal } = options;
    if (this.options.fetch || typeof XMLHttpRequest === 'undefined') {
      const stored = await this.request(attachmentSchema((s) => s.StoredAttachment), 'v1/attachments', { method: 'post', body: form, signal, retry: 0, timeout: 120_000 });
      onProgress?.(1);
      return stored;
    }
    const token = await this.options.getToken?.();
    const contract = attachmentSchema((s) => s.StoredAttachment);
    contract.catch(() => {});
    const body = await new Promise<unknown>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', this.options.baseUrl.replace(/\/+$/, '') + '/v1/attachments');
      xhr.timeout = 120_000;
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('Accept-Language', this.locale);
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
      xhr.onload = () => {
        let json: unknown;
        try {
          json = JSON.parse(xhr.responseText);
        } catch {
          json = undefined;
        }
        if (xhr.status >= 200 && xhr.status < 300) return resolve(json);
        void problemOf(json).then((problem) => {
          const message = problem ? (problem.detail ?? problem.title) : `HTTP ${xhr.status}`;
          reject(new NaraError(problem?.code ?? codeForStatus(xhr.status), message, { status: xhr.status, problem }));
        });
      };
      xhr.onerror = () => reject(new NaraError('network', 'The backend could not be reached'));
      xhr.ontimeout = () => reject(new NaraError('timeout', 'The backend did not answer in time'));
      xhr.onabort = () => reject(new NaraError('aborted', 'Cancelled'));
      signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(form);
    });
    let parsed: ReturnType<Awaited<typeof contract>['safeParse']>;
    try {
      parsed = (await contract).safeParse(body);
    } catch (error) {
      throw await toNaraError(error);
    }
    if (!parsed.success) throw new NaraError('contract', "The backend's answer to v1/attachments does not match the contract", { cause: parsed.error });
    onProgress?.(1);
    return parsed.data as StoredAttachment;
  }

  async listReasons(clinic?: string, options?: CallOptions) {
    return (await this.request(triageSchema((s) => s.ReasonList), 'v1/reasons', { ...options, searchParams: clinic ? { clinic } : undefined })).reasons;
  }

  async getRedFlags(subject?: 'self' | 'child', options?: CallOptions) {
    return (await this.request(triageSchema((s) => s.RedFlagList), 'v1/red-flags', { ...options, searchParams: subject ? { subject } : undefined })).redFlags;
  }

  getQuestionnaire(id: string, options: CallOptions & { subject?: 'self' | 'child' } = {}) {
    const { subject, ...rest } = options;
    return this.request(triageSchema((s) => s.Questionnaire), `v1/questionnaires/${encodeURIComponent(id)}`, { ...rest, searchParams: subject ? { subject } : undefined });
  }

  assess(request: AssessmentRequest, options?: CallOptions) {
    return this.request(triageSchema((s) => s.Assessment), 'v1/assessments', { ...options, method: 'post', json: request });
  }

  getSlots(query: SlotQuery, options?: CallOptions) {
    const searchParams: Record<string, string> = { clinic: query.clinic, from: query.from, to: query.to };
    if (query.visitType) searchParams.visitType = query.visitType;
    if (query.profession) searchParams.profession = query.profession;
    return this.request(bookingSchema((s) => s.SlotList), 'v1/slots', { ...options, searchParams });
  }

  createBooking(request: BookingRequest, options: CallOptions & { idempotencyKey?: string } = {}) {
    const { idempotencyKey, ...rest } = options;
    return this.request(bookingSchema((s) => s.Booking), 'v1/bookings', { ...this.idempotent({ ...rest, method: 'post', json: request }, idempotencyKey), signal: rest.signal });
  }

  async getBookings(options?: CallOptions) {
    return (await this.request(bookingSchema((s) => s.BookingList), 'v1/bookings', options)).bookings;
  }

  getBooking(id: string, options?: CallOptions) {
    return this.request(bookingSchema((s) => s.Booking), `v1/bookings/${encodeURIComponent(id)}`, options);
  }

  cancelBooking(id: string, options?: CallOptions) {
    return this.request(bookingSchema((s) => s.Booking), `v1/bookings/${encodeURIComponent(id)}`, { ...options, method: 'delete' });
  }

  /** Safe to retry: moving a booking to the slot it already holds answers that booking. */
  changeBooking(id: string, slotId: string, options?: CallOptions) {
    return this.request(bookingSchema((s) => s.Booking), `v1/bookings/${encodeURIComponent(id)}`, {
      ...options,
      method: 'patch',
      json: { slotId },
      retry: { limit: this.options.retries ?? 2, methods: ['patch'], statusCodes: [408, 429, 500, 502, 503, 504] },
    });
  }

  async getBookingCalendar(id: string, options?: CallOptions) {
    let text: string;
    try {
      const response = await this.http(`v1/bookings/${encodeURIComponent(id)}/calendar`, {
        ...options,
        headers: { Accept: 'text/calendar' },
      });
      text = await response.text();
    } catch (error) {
      throw await toNaraError(error);
    }
    if (!text.startsWith('BEGIN:VCALENDAR\r\n')) {
      throw new NaraError('contract', 'The calendar file from the backend is not iCalendar');
    }
    return text;
  }
}

/** The problem details in a body, if it is one (undefined also when the schema cannot be loaded). */
async function problemOf(json: unknown): Promise<Problem | undefined> {
  try {
    const parsed = (await problemSchema((s) => s.Problem)).safeParse(json);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Any failure of a call, as the one error type elements understand. */
export async function toNaraError(error: unknown): Promise<NaraError> {
  if (NaraError.is(error)) return error;
  if (error instanceof HttpStatusError) {
    const { status } = error.response;
    let problem: Problem | undefined;
    try {
      problem = await problemOf(await error.response.clone().json());
    } catch {
      // not problem+json: the status alone decides
    }
    const code = problem?.code ?? codeForStatus(status);
    return new NaraError(code, problem?.detail ?? problem?.title ?? `HTTP ${status}`, { status, problem, cause: error });
  }
  if (error instanceof HttpTimeoutError) return new NaraError('timeout', 'The backend did not answer in time', { cause: error });
  if (error instanceof DOMException && error.name === 'AbortError') return new NaraError('aborted', 'Cancelled', { cause: error });
  if (error instanceof SyntaxError) return new NaraError('contract', 'The backend answered with something that is not JSON', { cause: error });
  if (error instanceof TypeError) return new NaraError('network', 'The backend could not be reached', { cause: error });
  return new NaraError('network', error instanceof Error ? error.message : String(error), { cause: error });
}
