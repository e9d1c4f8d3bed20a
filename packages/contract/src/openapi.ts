import * as z from 'zod/mini';
import { Problem } from './errors.js';
import { operations } from './operations.js';

const schema = (s: z.ZodMiniType) => z.toJSONSchema(s, { unrepresentable: 'any', io: 'input' });

/** The OpenAPI 3.1 document of the contract. Only the server and scripts call this. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = op.query ? (schema(op.query) as { properties?: Record<string, unknown>; required?: string[] }) : undefined;
    for (const [name, s] of Object.entries(query?.properties ?? {})) {
      params.push({ name, in: 'query', required: query?.required?.includes(name) ?? false, schema: s as { type: string } });
    }
    for (const name of op.headers ?? []) params.push({ name, in: 'header', required: false, schema: { type: 'string' } });
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      operationId: op.id,
      summary: op.summary,
      ...(op.auth ? { security: [{ bearer: [] }] } : {}),
      parameters: params,
      ...(op.body ? { requestBody: { required: true, content: { [op.bodyType ?? 'application/json']: { schema: schema(op.body) } } } } : {}),
      responses: {
        [String(op.status ?? 200)]: {
          description: 'OK',
          content: {
            ...(op.responseType === 'application/octet-stream'
              ? { [op.responseType]: { schema: { type: 'string', format: 'binary' } } }
              : { [op.responseType ?? 'application/json']: { schema: schema(op.response) } }),
            ...(op.eventStream
              ? { 'text/event-stream': { schema: { type: 'string', description: 'SSE: `id` = seq, `data` = one item as JSON', 'x-item': schema(op.eventStream) } } }
              : {}),
          },
        },
        default: { description: 'Problem', content: { 'application/problem+json': { schema: schema(Problem) } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Nära care backend', version: '1.0.0', description: 'The HTTP contract every Nära element speaks.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}
