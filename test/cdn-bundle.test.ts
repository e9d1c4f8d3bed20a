import { expect, fixture, html } from '@open-wc/testing';
import { waitForText } from './helpers/elements.js';

// The built CDN bundle, as a webmaster's page loads it (npm test builds it first).
const bundle = new URL('../dist/cdn/nara.js', import.meta.url).href;

describe('the CDN bundle', () => {
  it('registers every element, and a second copy on the same page does not throw', async () => {
    await import(/* @vite-ignore */ `${bundle}?copy=1`);
    await import(/* @vite-ignore */ `${bundle}?copy=2`);
    for (const tag of ['nara-provider', 'nara-shortcut-tile', 'nara-shortcut-list']) expect(customElements.get(tag), tag).to.exist;
  });

  it('runs a single tag against the in-page demo backend, loaded lazily', async () => {
    await import(/* @vite-ignore */ `${bundle}?copy=1`);
    const el = await fixture(html`<nara-shortcut-list demo clinic="vc-linden" locale="en"></nara-shortcut-list>`);
    await waitForText(el, 'Edit shortcuts');
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((name) => /demo-backend-[\w-]+\.js$/.test(name))).to.be.true;
  });
});
