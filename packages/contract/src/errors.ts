import * as z from 'zod/mini';
import { ERROR_CODES } from './nara-error.js';

export * from './nara-error.js';

/** RFC 9457 problem details, with Nära's stable `code`. */
export const Problem = z.looseObject({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.number(),
  detail: z.optional(z.string()),
  code: z.enum(ERROR_CODES),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
export type Problem = z.infer<typeof Problem>;
