import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { codeForStatus, type NaraErrorCode, type Problem } from '@nara/contract';

/** An error the app turns into an RFC 9457 problem+json answer. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: NaraErrorCode,
    message: string,
    readonly errors?: Problem['errors'],
  ) {
    super(message);
  }
}

export function problemResponse(status: number, code: NaraErrorCode, detail: string, errors?: Problem['errors']): Response {
  const body: Problem = { type: `https://nara.dev/problems/${code}`, title: titles[code] ?? code, status, detail, code, ...(errors ? { errors } : {}) };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

const titles: Partial<Record<NaraErrorCode, string>> = {
  auth: 'Sign-in required',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  conflict: 'Conflict',
  invalid: 'Invalid request',
  'too-large': 'Too large',
  'unsupported-type': 'Unsupported type',
  'rate-limited': 'Too many requests',
  server: 'Server error',
  unavailable: 'Unavailable',
};

export const notFound = (what: string) => new HttpProblem(404, 'not-found', `${what} was not found`);

/** Parses a value with a contract schema, or answers 422 naming the fields. */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }));
  throw new HttpProblem(422, 'invalid', 'The request does not match the contract', errors);
}

/** The JSON body of a request, validated. */
export async function jsonBody<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HttpProblem(400, 'invalid', 'The body is not JSON');
  }
  return validate(schema, raw);
}

export function statusCode(status: number): NaraErrorCode {
  return codeForStatus(status);
}
