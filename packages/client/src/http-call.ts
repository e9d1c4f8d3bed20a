import type { HTTPError, KyInstance, TimeoutError } from 'ky';
// The few things HttpBackend needs from an HTTP library: a base URL, a timeout per attempt, retries with
// backoff (and `Retry-After`) for the methods and statuses that allow it, and an error for every answer
// that is not 2xx. ky does the work; it is loaded with the first call (with the contract's schemas), so a
// page that only shows elements downloads no HTTP library before it is needed.

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

const kyRetry = (retry: RetryOptions) => ({
  limit: retry.limit ?? 0,
  methods: retry.methods ?? [],
  statusCodes: retry.statusCodes ?? [],
  backoffLimit: retry.backoffLimit ?? Infinity,
  retryOnTimeout: retry.retryOnTimeout ?? false,
  // the server says when to come back (429, 503), within reason
  maxRetryAfter: 30_000,
});

/** A call function with the client's base URL, timeout, retries and headers, made with ky (loaded on first use). */
export function createHttpCall(client: HttpClientOptions): HttpCall {
  let loading: Promise<{ http: KyInstance; HTTPError: typeof HTTPError; TimeoutError: typeof TimeoutError }> | undefined;
  const load = () =>
    (loading ??= import('ky').then(({ default: ky, HTTPError, TimeoutError }) => {
      const send = client.fetch;
      const before = client.beforeRequest;
      const http = ky.create({
        prefixUrl: client.prefixUrl,
        timeout: client.timeout,
        retry: kyRetry(client.retry),
        ...(send ? { fetch: (input: RequestInfo | URL, init?: RequestInit) => send(new Request(input, init)) } : {}),
        hooks: { beforeRequest: before ? [async (request) => void (await before(request))] : [] },
      });
      return { http, HTTPError, TimeoutError };
    }));
  return async (path, options = {}) => {
    const { http, HTTPError, TimeoutError } = await load();
    const { retry, ...rest } = options;
    try {
      return await http(path.replace(/^\//, ''), {
        ...rest,
        ...(retry === undefined ? {} : { retry: kyRetry(typeof retry === 'number' ? { ...client.retry, limit: retry } : retry) }),
      });
    } catch (error) {
      if (error instanceof HTTPError) throw new HttpStatusError(error.response);
      if (error instanceof TimeoutError) throw new HttpTimeoutError();
      throw error;
    }
  };
}
