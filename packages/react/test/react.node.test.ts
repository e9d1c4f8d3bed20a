import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { generate } from '../scripts/generate.js';

test('@nara/react imports and renders on the server (no DOM): the tags, ready for the browser to upgrade', async () => {
  const { NaraProvider, NaraCareJourney, NaraShortcutTile } = await import('@nara/react');
  const html = renderToString(
    createElement(
      NaraProvider,
      { clinic: 'vc-linden', locale: 'ar', onNaraAuthRequired: () => {} },
      createElement(NaraCareJourney, { id: 'journey', demo: true, childHealth: true }),
      createElement(NaraShortcutTile, { heading: 'Chatta med oss', href: 'https://vard.example.se/chatt' }),
    ),
  );
  // element properties are set in the browser (after hydration), as @lit/react does; plain attributes render
  assert.match(html, /^<nara-provider[^>]*>.*<\/nara-provider>$/);
  assert.match(html, /<nara-care-journey id="journey"[^>]*><\/nara-care-journey>/);
  assert.match(html, /<nara-shortcut-tile[^>]*><\/nara-shortcut-tile>/);
});

test('the components are the ones the custom elements manifest makes (npm run react rewrites them)', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const files = generate(manifest);
  for (const [file, text] of Object.entries(files)) {
    assert.equal(readFileSync(`packages/react/src/${file}`, 'utf8'), text, `packages/react/src/${file} is stale: run npm run react`);
  }
  const tags = [...readFileSync('packages/elements/src/nara.ts', 'utf8').matchAll(/'\.\/([a-z-]+)\/define\.js'/g)].map((m) => m[1]);
  for (const folder of tags) assert.ok(files[`${folder}.ts`], `no React component for ${folder}`);
});
