/** The OpenAPI document in the repository is what `npm run openapi` writes from the schemas today. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openApiDocument } from './openapi.js';

describe('packages/contract/openapi.json', () => {
  it('is up to date with the zod schemas and operations (run `npm run openapi` when this fails)', () => {
    const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    const generated = JSON.parse(JSON.stringify(openApiDocument()));
    const paths = (doc: { paths: Record<string, Record<string, unknown>> }) =>
      Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    // the calls first, so a missing route is named rather than buried in a large diff
    assert.deepEqual(paths(committed), paths(generated), 'the calls differ: run `npm run openapi`');
    assert.deepEqual(committed, generated, 'the document differs: run `npm run openapi`');
  });
});
