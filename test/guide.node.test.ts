/** The app developer's guide stays true to the code: its generated tables and its CSP. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderGuide } from '../scripts/guide-tables.js';
import { STRICT_CSP } from './helpers/csp.js';

const guide = readFileSync('docs/guide.md', 'utf8');

describe('docs/guide.md', () => {
  it('has the operations, events, error codes and tokens the code has (else: npm run docs)', () => {
    assert.equal(guide, renderGuide(guide), 'docs/guide.md is out of date with the code: run `npm run docs`');
  });

  it('recommends exactly the Content-Security-Policy the tests run under', () => {
    const block = guide.match(/## 8\. Content-Security-Policy[\s\S]*?```\n([\s\S]*?)```/)?.[1] ?? '';
    assert.equal(block.replace(/\s+/g, ' ').trim(), STRICT_CSP);
  });
});
