/** Writes the OpenAPI 3.1 document of the HTTP contract, generated from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../src/openapi.js';

const out = new URL('../openapi.json', import.meta.url);
writeFileSync(out, JSON.stringify(openApiDocument(), null, 2) + '\n');
console.log(`wrote ${out.pathname}`);
