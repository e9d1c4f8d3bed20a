import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { NaraShortcutTile } from './shortcut-tile.js';

const part = (el: NaraShortcutTile) => el.shadowRoot!.querySelector('[part="tile"]') as HTMLElement;

describe('nara-shortcut-tile', () => {
  it('is accessible as a link with icon, description and badge', async () => {
    const el = await fixture<NaraShortcutTile>(
      html`<nara-shortcut-tile heading="Förnya recept" description="För läkemedel du redan har" icon="prescription" href="https://example.se/recept" badge="2" badge-label="nya"></nara-shortcut-tile>`,
    );
    await expect(el).to.be.accessible();
    const link = part(el) as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(link.href).to.equal('https://example.se/recept');
    expect(link.textContent!.replace(/\s+/g, ' ')).to.include('Förnya recept').and.include('2 nya');
  });

  it('is accessible as a button, and fires nara-shortcut when chosen by keyboard', async () => {
    const el = await fixture<NaraShortcutTile>(html`<nara-shortcut-tile id="chat" heading="Chatta med oss" icon="chat" service-id="contact"></nara-shortcut-tile>`);
    await expect(el).to.be.accessible();
    expect(part(el).tagName).to.equal('BUTTON');
    part(el).focus();
    const event = oneEvent(el, 'nara-shortcut');
    await sendKeys({ press: 'Enter' });
    const { detail, composed, bubbles } = await event;
    expect(detail).to.deep.equal({ id: 'chat', serviceId: 'contact', heading: 'Chatta med oss' });
    expect(composed && bubbles).to.be.true;
  });

  it('renders no link to a javascript: href', async () => {
    const el = await fixture<NaraShortcutTile>(html`<nara-shortcut-tile heading="Klicka" href="javascript:alert(1)"></nara-shortcut-tile>`);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).not.to.include('javascript:');
    await expect(el).to.be.accessible();
  });

  it('renders tel: and relative links, and opens new tabs safely', async () => {
    const tel = await fixture<NaraShortcutTile>(html`<nara-shortcut-tile heading="Ring oss" icon="phone" href="tel:+4615524600"></nara-shortcut-tile>`);
    expect((part(tel) as HTMLAnchorElement).href).to.equal('tel:+4615524600');
    const external = await fixture<NaraShortcutTile>(html`<nara-shortcut-tile heading="1177" href="/egenvard" target="_blank"></nara-shortcut-tile>`);
    const a = part(external) as HTMLAnchorElement;
    expect(a.href).to.equal(new URL('/egenvard', location.href).href);
    expect(a.rel).to.equal('noreferrer noopener');
  });

  it('shows hostile text as text', async () => {
    const el = await fixture<NaraShortcutTile>(html`<nara-shortcut-tile heading="<img src=x onerror=alert(1)>" description="<script>alert(1)</script>"></nara-shortcut-tile>`);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.include('<img src=x onerror=alert(1)>');
  });

  it('has a touch target of at least 44 px and no overflow at 320 px', async () => {
    const wrapper = await fixture(html`<div style="width:320px"><nara-shortcut-tile heading="Ett mycket långt namn på en tjänst som inte får spränga layouten" icon="calendar" badge="12"></nara-shortcut-tile></div>`);
    const el = wrapper.firstElementChild as NaraShortcutTile;
    await el.updateComplete;
    const rect = part(el).getBoundingClientRect();
    expect(rect.height).to.be.at.least(44);
    expect(rect.width).to.be.at.most(320);
    expect(part(el).scrollWidth).to.be.at.most(part(el).clientWidth + 1);
  });
});
