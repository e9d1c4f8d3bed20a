import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { waitForText } from './helpers/elements.js';

// The built CDN files, as a webmaster's page loads them (npm test builds them first).
const loader = new URL('../dist/cdn/nara.js', import.meta.url).href;
const everything = new URL('../dist/cdn/nara-all.js', import.meta.url).href;
const TAGS = ['nara-provider', 'nara-shortcut-tile', 'nara-shortcut-list', 'nara-symptom-form', 'nara-questionnaire', 'nara-triage-result', 'nara-chat-panel', 'nara-booking-picker', 'nara-care-journey'];
const defined = () => TAGS.filter((tag) => customElements.get(tag));
const loadedScripts = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop());

/** A host page's own component, with a Nära element inside its shadow root. */
class HostCard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const tile = document.createElement('nara-triage-result');
    root.append(tile);
  }
}

// Order matters: the autoloader's tests run first, on a page that has registered nothing; `nara-all.js` last.
describe('the CDN autoloader (nara.js)', () => {
  it('registers nothing for a page without Nära tags, and loads no element', async () => {
    await import(/* @vite-ignore */ loader);
    await new Promise((r) => setTimeout(r, 100));
    expect(defined()).to.deep.equal([]);
    // only the loader and what it imports itself (the @lit/context root, see autoloader.ts)
    const chunks: Record<string, { imports: string[] }> = await (await fetch(new URL('../dist/cdn/chunks.json', import.meta.url))).json();
    const own = new Set(['nara.js', ...chunks['nara.js'].imports]);
    expect(own.size).to.be.at.most(2);
    expect(loadedScripts().filter((f) => /^(shared-|shortcut|chat|symptom|questionnaire|booking|care|provider|triage)/.test(f!) && !own.has(f!))).to.deep.equal([]);
  });

  it('registers a tag when it appears in the document, loading only that element', async () => {
    const el = await fixture(html`<nara-shortcut-tile heading="Ring oss" icon="phone" href="tel:+46155246000"></nara-shortcut-tile>`);
    await waitUntil(() => customElements.get('nara-shortcut-tile'), 'nara-shortcut-tile was never registered');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await expect(el).to.be.accessible();
    expect(defined()).to.deep.equal(['nara-shortcut-tile']);
    expect(loadedScripts()).to.include('shortcut-tile.js');
    expect(loadedScripts()).not.to.include('chat-panel.js');
  });

  it('registers a tag that appears inside a shadow root', async () => {
    customElements.define('x-host-card', HostCard);
    const card = await fixture(html`<x-host-card></x-host-card>`);
    await waitUntil(() => customElements.get('nara-triage-result'), 'nara-triage-result inside a shadow root was never registered');
    expect(card.shadowRoot!.querySelector('nara-triage-result')!.matches(':defined')).to.be.true;
    expect(defined()).to.deep.equal(['nara-shortcut-tile', 'nara-triage-result']);
  });

  it('runs a single tag against the in-page demo backend, loaded lazily', async () => {
    const el = await fixture(html`<nara-shortcut-list demo clinic="vc-linden" locale="en"></nara-shortcut-list>`);
    await waitForText(el, 'Edit shortcuts');
    expect(loadedScripts().some((name) => /^demo-backend-[\w-]+\.js$/.test(name!))).to.be.true;
    expect(defined()).not.to.include('nara-chat-panel');
  });

  it('an element registered before the <nara-provider> around it gets the provider\'s configuration once the provider arrives (the ContextRoot)', async () => {
    // The list's file is in already (the test above); the provider's is not: the list asks for the
    // configuration before anyone can answer, and only the loader's ContextRoot keeps that request.
    expect(customElements.get('nara-shortcut-list'), 'the list is registered').to.exist;
    expect(customElements.get('nara-provider'), 'the provider is not registered yet').to.be.undefined;
    const wrapper = await fixture(html`<div><nara-provider demo clinic="vc-linden" locale="en"><nara-shortcut-list></nara-shortcut-list></nara-provider></div>`);
    const list = wrapper.querySelector('nara-shortcut-list')!;
    expect(list.matches(':defined')).to.be.true;
    await waitUntil(() => customElements.get('nara-provider'), 'nara-provider was never registered');
    // English, and a backend (the demo): both come only from the provider (the list has no attributes of its own)
    await waitForText(list, 'Edit shortcuts');
    await expect(list).to.be.accessible();
  });

  it('once the visitor touches the page, the journey fetches the symptom form\'s files in idle moments without running them, and runs them when its tile is pointed at', async () => {
    expect(customElements.get('nara-symptom-form'), 'the form is not registered yet').to.be.undefined;
    const journey = await fixture(html`<nara-care-journey demo clinic="vc-linden"></nara-care-journey>`);
    await waitUntil(() => customElements.get('nara-care-journey') && journey.shadowRoot?.querySelector('nara-shortcut-tile'), 'the journey never showed its menu');
    // the files the CDN build listed for the form (its own and its shared ones not loaded yet), fetched as prefetches
    const prefetched = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((link) => new URL(link.href).pathname.split('/').pop());
    // while the page loads and nobody has touched it, nothing is fetched ahead
    await new Promise((resolve) => requestIdleCallback(resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(prefetched(), 'nothing fetched ahead before the visitor does anything').to.deep.equal([]);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await waitUntil(() => prefetched().includes('symptom-form.js'), 'the form\'s file was never prefetched', { timeout: 8000 });
    const files = prefetched();
    expect(files.every((file) => /^(symptom-form|shared-[\w-]+)\.js$/.test(file!)), files.join(', ')).to.be.true;
    expect(new Set(files).size).to.equal(files.length);
    await waitUntil(() => loadedScripts().includes('symptom-form.js'), 'the prefetch never completed');
    expect(customElements.get('nara-symptom-form'), 'fetched, not run').to.be.undefined;
    const tile = [...journey.shadowRoot!.querySelectorAll('nara-shortcut-tile')].find((t) => /besvär/.test(t.getAttribute('heading') ?? ''))!;
    tile.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => customElements.get('nara-symptom-form'), 'pointing at the tile never loaded the form');
  });
});

describe('the CDN bundle that registers everything (nara-all.js)', () => {
  it('registers every element, and a second copy on the same page does not throw', async () => {
    await import(/* @vite-ignore */ `${everything}?copy=1`);
    await import(/* @vite-ignore */ `${everything}?copy=2`);
    expect(defined()).to.deep.equal(TAGS);
  });
});
