import type { strings } from './strings.js';

export interface SectionProblem {
  kind: 'conflict' | 'invalid' | 'failed';
  lines: string[];
}

type Words = (typeof strings)['sv'];
const STATUS_OF_CODE: Record<string, number> = { auth: 401, forbidden: 403, conflict: 409, invalid: 422, 'quota-exceeded': 409, network: 0, timeout: 0, aborted: 0, server: 500, unavailable: 503 };

/**
 * What went wrong with a save, in words for the admin: the API's `status` (or a `NaraError`'s `code`),
 * with every message saying that the edits are still there.
 */
export function problemOf(error: unknown, s: Words): SectionProblem {
  const e = (error ?? {}) as { status?: number; code?: string; errors?: { path: string; message: string }[]; problem?: { errors?: { path: string; message: string }[] } };
  const status = typeof e.status === 'number' ? e.status : e.code && e.code in STATUS_OF_CODE ? STATUS_OF_CODE[e.code] : 0;
  if (status === 409) return { kind: 'conflict', lines: [s.conflict] };
  if (status === 400 || status === 422) {
    const errors = e.errors ?? e.problem?.errors ?? [];
    return { kind: 'invalid', lines: errors.length ? errors.map((x) => `${x.path.replace(/^settings\./, '')}: ${x.message}`) : [s.rejected] };
  }
  if (status === 401) return { kind: 'failed', lines: [s.signedOut] };
  if (status === 403) return { kind: 'failed', lines: [s.forbidden] };
  if (status >= 500) return { kind: 'failed', lines: [s.serverError] };
  return { kind: 'failed', lines: [s.networkError] };
}
