import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { codeForStatus, isStorableText, type NaraErrorCode, type Problem } from '@nara/contract';

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
  'quota-exceeded': 'Quota exceeded',
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


export function statusCode(status: number): NaraErrorCode {
  return codeForStatus(status);
}

/** How deeply a JSON body may nest objects and arrays (a FHIR answer with groups needs about 10). */
export const MAX_JSON_DEPTH = 32;

/** How deeply `text` (JSON) nests, counted without parsing (so no recursion can overflow), stopping past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return deepest;
}

/** Every string (keys too) in a parsed JSON value is storable text; walked without recursion. */
function assertStorable(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (!isStorableText(item)) throw new HttpProblem(422, 'invalid', 'Text may not contain NUL or lone surrogates', [{ path: '(body)', message: 'NUL or lone surrogate' }]);
    } else if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
    }
    else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) stack.push(key, child);
    }
  }
}

/**
 * The request body as JSON: not nested deeper than `MAX_JSON_DEPTH`, every string storable. 400 when it
 * is not JSON, 422 when it is JSON no route may take. The one way routes read a JSON body.
 */
export async function readJson(c: Context): Promise<unknown> {
  let text: string;
  try {
    text = await c.req.text();
  } catch (error) {
    if (error instanceof HttpProblem) throw error; // the body limit
    throw new HttpProblem(400, 'invalid', 'The body could not be read');
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new HttpProblem(422, 'invalid', `JSON may nest at most ${MAX_JSON_DEPTH} levels`, [{ path: '(root)', message: `nested deeper than ${MAX_JSON_DEPTH}` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'invalid', 'The body is not JSON');
  }
  assertStorable(value);
  return value;
}


/** The JSON body of a request (`readJson`), validated with a contract schema. */
export async function jsonBody<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.infer<S>> {
  return validate(schema, await readJson(c));
}
