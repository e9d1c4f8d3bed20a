import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import './define.js';
import '../shortcut-list/define.js';
import type { NaraProvider } from './provider.js';
import type { NaraShortcutList } from '../shortcut-list/shortcut-list.js';
import { API, PATIENT_TOKEN, startBackend } from '../../../../test/helpers/backend.js';
import { waitForText } from '../../../../test/helpers/elements.js';

/** A host page's own component that puts a Nära element inside its shadow root, two levels deep. */
class OuterCard extends LitElement {
  override render() {
    return html`<inner-card></inner-card>`;
  }
}
class InnerCard extends LitElement {
  override render() {
    return html`<nara-shortcut-list></nara-shortcut-list>`;
  }
}
customElements.define('outer-card', OuterCard);
customElements.define('inner-card', InnerCard);

const listIn = (outer: Element) =>
  outer.shadowRoot!.querySelector('inner-card')!.shadowRoot!.querySelector('nara-shortcut-list') as NaraShortcutList;

describe('nara-provider', () => {
  before(async () => {
    const { app } = await startBackend();
    await app.context.shortcuts.save('191212121212', { shortcuts: [{ clinic: 'vc-linden', serviceId: 'renew-prescription' }] }, 'sv');
  });

  it('is accessible and shows its content', async () => {
    const el = await fixture<NaraProvider>(html`<nara-provider api=${API}><p>Hej</p></nara-provider>`);
    await expect(el).to.be.accessible();
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('reaches an element inside nested shadow roots with backend, clinic, locale and token', async () => {
    const provider = await fixture<NaraProvider>(html`<nara-provider api=${API} clinic="vc-linden" locale="en" .getToken=${() => PATIENT_TOKEN}>
      <outer-card></outer-card>
    </nara-provider>`);
    await (provider.querySelector('outer-card') as LitElement).updateComplete;
    const list = listIn(provider.querySelector('outer-card')!);
    await waitForText(list, 'My shortcuts');
    await waitForText(list, 'Renew a prescription');
    expect(list.clinicId).to.equal('vc-linden');
  });

  it('switches every element between Swedish and English at runtime', async () => {
    const provider = await fixture<NaraProvider>(html`<nara-provider api=${API} clinic="vc-linden" locale="en" .getToken=${() => PATIENT_TOKEN}>
      <nara-shortcut-list></nara-shortcut-list>
    </nara-provider>`);
    const list = provider.querySelector('nara-shortcut-list')!;
    await waitForText(list, 'Renew a prescription');
    provider.locale = 'sv';
    await waitForText(list, 'Mina genvägar');
    await waitForText(list, 'Förnya recept');
    await expect(list).to.be.accessible();
  });

  it('lets a single tag work without a provider, from its own attributes', async () => {
    const list = await fixture<NaraShortcutList>(html`<nara-shortcut-list demo clinic="vc-linden" locale="en"></nara-shortcut-list>`);
    await waitForText(list, 'My shortcuts');
    await waitForText(list, 'Edit shortcuts');
  });

  it("follows the page's lang attribute when no locale is set", async () => {
    const wrapper = await fixture(html`<div lang="en"><nara-shortcut-list demo></nara-shortcut-list></div>`);
    const list = wrapper.querySelector('nara-shortcut-list')!;
    await waitForText(list, 'My shortcuts');
    const before = document.documentElement.lang;
    wrapper.removeAttribute('lang');
    document.documentElement.lang = 'sv';
    await waitForText(list, 'Mina genvägar');
    document.documentElement.lang = before;
  });

  it("an element's own attributes win over the provider's", async () => {
    const provider = await fixture<NaraProvider>(html`<nara-provider api=${API} locale="sv" .getToken=${() => PATIENT_TOKEN}>
      <nara-shortcut-list locale="en"></nara-shortcut-list>
    </nara-provider>`);
    await waitForText(provider.querySelector('nara-shortcut-list')!, 'My shortcuts');
  });
});
