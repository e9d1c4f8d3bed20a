import { expect, fixture, html as testHtml, nextFrame } from '@open-wc/testing';
import { LitElement, html, type PropertyDeclarations } from 'lit';
import { BackendReload } from './backend-reload.js';
import { Connectivity } from './connectivity.js';
import { FocusAfterRender } from './focus-after-render.js';
import { headingLevel } from './heading-level.js';
import { LiveAnnouncer } from './live-announcer.js';

/** A host with one of everything: a button that appears later, a live region, a source that can change. */
class ControllerHost extends LitElement {
  static override properties: PropertyDeclarations = { showButton: { type: Boolean }, clinic: {}, editing: { type: Boolean } };
  showButton = false;
  clinic = 'a';
  editing = false;
  loads: string[] = [];
  changes: boolean[] = [];
  readonly focusNext = new FocusAfterRender(this);
  readonly live = new LiveAnnouncer(this);
  readonly network = new Connectivity(this, (online) => this.changes.push(online));
  readonly source = new BackendReload(this, { load: () => this.loads.push(this.clinic), when: () => !this.editing });
  get sourceKey() {
    return this.clinic;
  }
  override render() {
    return html`<h2 id="title" tabindex="-1">Rubrik</h2>
      ${this.showButton ? html`<button id="later">Senare</button>` : ''} ${this.live.region()}`;
  }
}
customElements.define('x-controller-host', ControllerHost);

describe('shared element controllers', () => {
  let el: ControllerHost;
  beforeEach(async () => {
    el = await fixture<ControllerHost>(testHtml`<x-controller-host></x-controller-host>`);
  });

  it('the host stays accessible', async () => {
    await expect(el).to.be.accessible();
  });

  it('FocusAfterRender focuses the target after the render, and waits for a target that renders later', async () => {
    el.focusNext.request('#title');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
    el.focusNext.request('#later');
    await el.updateComplete;
    expect(el.focusNext.pending).to.equal('#later');
    el.showButton = true;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('later');
    expect(el.focusNext.pending).to.equal(undefined);
  });

  it('LiveAnnouncer says a new text at once and the same text again after clearing', async () => {
    const region = () => el.shadowRoot!.querySelector('[role="status"]')!;
    el.live.announce('Sparat');
    await el.updateComplete;
    expect(region().getAttribute('aria-live')).to.equal('polite');
    expect(region().textContent).to.equal('Sparat');
    el.live.announce('Sparat');
    await el.updateComplete;
    expect(region().textContent).to.equal('');
    await nextFrame();
    await el.updateComplete;
    expect(region().textContent).to.equal('Sparat');
    el.live.clear();
    await el.updateComplete;
    expect(region().textContent).to.equal('');
  });

  it('BackendReload loads on the first render, again when the source changes, and not while editing', async () => {
    expect(el.loads).to.deep.equal(['a']);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.loads).to.deep.equal(['a']);
    el.clinic = 'b';
    await el.updateComplete;
    expect(el.loads).to.deep.equal(['a', 'b']);
    el.editing = true;
    el.clinic = 'c';
    await el.updateComplete;
    expect(el.loads).to.deep.equal(['a', 'b']);
    el.editing = false;
    await el.updateComplete;
    expect(el.loads).to.deep.equal(['a', 'b', 'c']);
    el.source.reset();
    await el.updateComplete;
    expect(el.loads).to.deep.equal(['a', 'b', 'c', 'c']);
  });

  it('Connectivity hears the browser go offline and online while connected, not after', async () => {
    dispatchEvent(new Event('offline'));
    dispatchEvent(new Event('online'));
    expect(el.changes).to.have.length(2);
    el.remove();
    dispatchEvent(new Event('online'));
    expect(el.changes).to.have.length(2);
  });

  it('headingLevel clamps to 1–6 and falls back to 2', () => {
    expect(headingLevel(3)).to.equal(3);
    expect(headingLevel(3, 1)).to.equal(4);
    expect(headingLevel(6, 2)).to.equal(6);
    expect(headingLevel(0)).to.equal(1);
    expect(headingLevel(Number.NaN)).to.equal(2);
    expect(headingLevel(undefined, 1)).to.equal(3);
  });
});
