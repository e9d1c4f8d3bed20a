import { expect, fixture, html } from '@open-wc/testing';
// The package index, first: this file's page has registered nothing yet.
import * as elements from '../index.js';
import { ELEMENT_TAGS } from '../element-tags.js';
import { define } from './define-element.js';

describe('registration', () => {
  it('importing the package index registers no element', () => {
    expect(elements.NaraShortcutList).to.be.a('function');
    expect(ELEMENT_TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('an element registers the elements it renders when its define.js is imported, and the page stays accessible', async () => {
    await import('../shortcut-list/define.js');
    expect(customElements.get('nara-shortcut-list')).to.equal(elements.NaraShortcutList);
    // the tile is registered by the list's first instance (its `static dependencies`), not by the list's module
    expect(customElements.get('nara-shortcut-tile')).to.equal(undefined);
    const el = await fixture(html`<nara-shortcut-list></nara-shortcut-list>`);
    expect(customElements.get('nara-shortcut-tile')).to.equal(elements.NaraShortcutTile);
    await expect(el).to.be.accessible();
  });

  it('defining a tag that exists does not throw and keeps the first definition', async () => {
    await import('../triage-result/define.js');
    const first = customElements.get('nara-triage-result');
    class Other extends HTMLElement {}
    expect(() => define('nara-triage-result', Other)).not.to.throw();
    expect(() => define('nara-triage-result', elements.NaraTriageResult)).not.to.throw();
    expect(customElements.get('nara-triage-result')).to.equal(first);
  });

  it('a constructor already registered under another tag is registered again as a subclass', () => {
    expect(() => define('x-nara-copy-of-result', elements.NaraTriageResult)).not.to.throw();
    const copy = customElements.get('x-nara-copy-of-result')!;
    expect(copy).not.to.equal(elements.NaraTriageResult);
    expect(copy.prototype).to.be.instanceOf(elements.NaraTriageResult);
  });
});
