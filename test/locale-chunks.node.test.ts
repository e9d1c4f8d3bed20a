// The CDN build (npm test builds dist/ first): a page in one language downloads only that language's
// strings. Every entry's static imports carry Swedish only; English, Arabic, Finnish and Somali are
// chunks of their own (strings-en-…), imported lazily.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const dir = 'dist/cdn';
const chunks: Record<string, { entry?: string; imports: string[]; dynamicImports: string[] }> = existsSync(`${dir}/chunks.json`) ? JSON.parse(readFileSync(`${dir}/chunks.json`, 'utf8')) : {};

/** A chunk and everything it imports statically. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of chunks[file]?.imports ?? []) staticClosure(next, seen);
  return seen;
}

test('no entry loads another language up front; each language is its own lazy chunks', { skip: !existsSync(`${dir}/chunks.json`) && 'run npm run build first' }, () => {
  const entries = Object.keys(chunks).filter((f) => chunks[f].entry && f !== 'client.js');
  assert.ok(entries.length >= 9, `entries: ${entries.join()}`);
  for (const entry of entries) {
    for (const file of staticClosure(entry)) {
      assert.doesNotMatch(file, /^strings-/, `${entry} loads ${file} up front`);
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      assert.doesNotMatch(text, /[\u0600-\u06ff]/, `${entry} carries Arabic in ${file}`);
      assert.ok(!text.includes('Käännöstä') && !text.includes('Hadda wac 112'), `${entry} carries Finnish or Somali in ${file}`);
      // English strings of the journey, the shortcut list, the errors and the sign-in (the emergency advice, clinical content, is in both)
      for (const english of ['What do you need help with?', 'Edit shortcuts', 'Check your internet connection', 'Requires sign-in']) {
        assert.ok(!text.includes(english), `${entry} carries English ("${english}") in ${file}`);
      }
    }
  }
  for (const language of ['en', 'ar', 'fi', 'so']) {
    const lazy = Object.keys(chunks).filter((f) => f.startsWith(`strings-${language}-`));
    assert.ok(lazy.length >= 9, `${language}: ${lazy.length} chunks`);
    assert.ok(lazy.every((f) => Object.values(chunks).some((c) => c.dynamicImports.includes(f))), `${language} chunks are imported lazily`);
  }
});
