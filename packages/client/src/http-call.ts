// The few things HttpBackend needs from an HTTP library, on plain fetch: a base URL, a timeout per attempt,
// retries with backoff (and `Retry-After`) for the methods and statuses that allow it, and an error for
// every answer that is not 2xx. (It replaced ky, which cost 8 KB gzip of the page's first load.)

/** When a failed attempt is tried again. */
export interface RetryOptions {
  /** Attempts after the first. Default 0. */
  limit?: number;
  /** Lower-case methods that may be retried. */
  methods?: string[];
  /** Statuses that are retried (a network error always is, for the methods above). */
  statusCodes?: number[];
  /** The longest wait between attempts, in milliseconds. Default Infinity. */
  backoffLimit?: number;
  /** Retry an attempt that timed out (only safe with an Idempotency-Key). Default false. */
  retryOnTimeout?: boolean;
}

/** One call's options: what HttpBackend and its chat and staff parts use. */
export interface HttpCallOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON (`Content-Type: application/json`). */
  json?: unknown;
  body?: BodyInit;
  /** Replace the URL's query with these parameters. */
  searchParams?: Record<string, string>;
  signal?: AbortSignal;
  /** Milliseconds each attempt may take until the answer's headers arrive. */
  timeout?: number;
  /** A number is the limit, with the client's other retry settings. */
  retry?: number | RetryOptions;
}

export interface HttpClientOptions {
  /** Every path is resolved against this (ends with `/`). */
  prefixUrl: string;
  timeout: number;
  retry: RetryOptions;
  fetch?: (request: Request) => Promise<Response>;
  /** Adds headers to each request before it is sent (language, token). */
  beforeRequest?: (request: Request) => Promise<void> | void;
}

/** An answer that is not 2xx (after the retries). */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  constructor(readonly response: Response) {
    super(`HTTP ${response.status}`);
  }
}

/** No answer within the timeout. */
export class HttpTimeoutError extends Error {
  override readonly name = 'HttpTimeoutError';
  constructor() {
    super('The request timed out');
  }
}

/** A call: resolves with the 2xx response, or rejects with HttpStatusError, HttpTimeoutError or fetch's own error. */
export type HttpCall = (path: string, options?: HttpCallOptions) => Promise<Response>;

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), if any. */
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** One attempt: fetch, given up after `timeout` ms (the body may take longer: it streams). */
function attempt(send: (request: Request) => Promise<Response>, url: string, init: RequestInit, timeout: number, signal: AbortSignal | undefined, before: HttpClientOptions['beforeRequest']) {
  const controller = new AbortController();
  const stop = () => controller.abort(signal?.reason);
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop, { once: true });
  return new Promise<Response>((resolve, reject) => {
    const timer = setTimeout(() => {
      controller.abort();
      reject(new HttpTimeoutError());
    }, timeout);
    const request = new Request(url, { ...init, signal: controller.signal });
    Promise.resolve(before?.(request))
      .then(() => send(request))
      .then(resolve, reject)
      .finally(() => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', stop);
      });
  });
}

/** A call function over `fetch` with the client's base URL, timeout, retries and headers. */
export function createHttpCall(client: HttpClientOptions): HttpCall {
  return async (path, options = {}) => {
    const url = new URL(path, client.prefixUrl);
    if (options.searchParams) url.search = new URLSearchParams(options.searchParams).toString();
    const headers = new Headers(options.headers);
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers.set('Content-Type', 'application/json');
    }
    const method = (options.method ?? 'get').toUpperCase();
    const retry: RetryOptions = typeof options.retry === 'number' ? { ...client.retry, limit: options.retry } : (options.retry ?? client.retry);
    const mayRetry = (retry.methods ?? []).includes(method.toLowerCase());
    const send = client.fetch ?? ((request: Request) => globalThis.fetch(request));
    for (let tries = 1; ; tries++) {
      let delay = Math.min(retry.backoffLimit ?? Infinity, 300 * 2 ** (tries - 1));
      let failure: unknown;
      let response: Response | undefined;
      try {
        response = await attempt(send, url.href, { method, headers, body }, options.timeout ?? client.timeout, options.signal, client.beforeRequest);
      } catch (error) {
        if (isAbort(error) || options.signal?.aborted || (error instanceof HttpTimeoutError && !retry.retryOnTimeout)) throw error;
        failure = error;
      }
      if (response) {
        if (response.ok) return response;
        failure = new HttpStatusError(response);
        if (!(retry.statusCodes ?? []).includes(response.status)) throw failure;
        // the server says when to come back (429, 503), within reason
        const after = retryAfter(response);
        if (after !== undefined) delay = Math.min(after, 30_000);
      }
      if (!mayRetry || tries > (retry.limit ?? 0)) throw failure;
      response?.body?.cancel().catch(() => {});
      await wait(delay, options.signal);
    }
  };
}
