// No zod here: elements import NaraError without pulling the schemas into their bundle.
import type { Problem } from './errors.js';

/** Every failure a caller can meet, as a stable code. */
export const ERROR_CODES = [
  'network', // the request never reached the backend (offline, DNS, CORS)
  'timeout', // the backend did not answer in time
  'aborted', // the caller cancelled
  'auth', // 401: the person must sign in (again)
  'forbidden', // 403: signed in, but not allowed
  'not-found', // 404
  'conflict', // 409: e.g. the slot was taken meanwhile
  'quota-exceeded', // 409: the person has as many open chats, future bookings or stored files as allowed
  'invalid', // 400/422: the request was rejected as invalid
  'too-large', // 413
  'unsupported-type', // 415: e.g. a file type that is not accepted
  'rate-limited', // 429
  'unavailable', // 503 and other 5xx
  'server', // 500
  'contract', // the response did not match the contract
  'config', // the page set an element up without what it needs (no backend, no clinic, …): the message says what
] as const;

export type NaraErrorCode = (typeof ERROR_CODES)[number];

/** The one error type every Nära call rejects with. */
export class NaraError extends Error {
  override readonly name = 'NaraError';
  readonly code: NaraErrorCode;
  readonly status?: number;
  readonly problem?: Problem;

  constructor(code: NaraErrorCode, message: string, options: { status?: number; problem?: Problem; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.problem = options.problem;
  }

  /** Whether trying the same call again may succeed. */
  get retryable(): boolean {
    return ['network', 'timeout', 'rate-limited', 'unavailable', 'server'].includes(this.code);
  }

  static is(value: unknown): value is NaraError {
    return value instanceof NaraError || (value instanceof Error && value.name === 'NaraError' && 'code' in value);
  }
}

const STATUS_CODES: Record<number, NaraErrorCode> = {
  400: 'invalid',
  401: 'auth',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'too-large',
  415: 'unsupported-type',
  422: 'invalid',
  429: 'rate-limited',
  500: 'server',
};

/** The code for an HTTP status when the body says nothing better. */
export function codeForStatus(status: number): NaraErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? 'unavailable' : 'invalid');
}
