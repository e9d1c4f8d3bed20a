/**
 * A clinic admin changes the settings through the admin API while the patient's elements run against
 * the same server app (no restart): the chat's opening hours, and a profession's chat switched off.
 * The next page view shows the change, and the audit log has who changed what, before and after.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import '../packages/elements/src/chat-panel/define.js';
import { API, PATIENT_TOKEN, resetOverrides, startBackend } from './helpers/backend.js';
import { visibleText } from './helpers/elements.js';

const ADMIN = 'Bearer test-admin:admin-lena';
const SETTINGS = 'https://nara.test/v1/admin/clinics/vc-linden/settings';

describe('settings without code: the patient sees a change at once', () => {
  afterEach(() => resetOverrides());

  it('is accessible: chat hours changed by the admin show in the next chat panel; the audit log has the change', async () => {
    const { app } = await startBackend({ simulateCareTeam: false, heartbeatMs: 60_000 });
    const admin = (method: string, url: string, body?: unknown) =>
      app.fetch(new Request(url, { method, headers: { Authorization: ADMIN, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) }));
    const patient = new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 });
    const hoursShown = async () => {
      const el = await fixture<HTMLElement>(html`<nara-chat-panel .backend=${patient} clinic="vc-linden" profession="nurse" locale="sv"></nara-chat-panel>`);
      await waitUntil(() => el.shadowRoot!.querySelector('details li'), 'the opening hours', { timeout: 5000 });
      const text = [...el.shadowRoot!.querySelectorAll('details li')].map((li) => li.textContent!.trim());
      return { el, text };
    };
    const before = await hoursShown();
    expect(before.text).to.include('vardagar 08:00–16:00');
    before.el.remove();

    const current = await (await admin('GET', SETTINGS)).json();
    const openingHours = current.settings.openingHours.map((h: { channel: string; profession?: string }) =>
      h.channel === 'chat' && h.profession === 'nurse' ? { ...h, closes: '18:00' } : h,
    );
    const saved = await admin('PATCH', SETTINGS, { version: current.version, settings: { openingHours } });
    expect(saved.status).to.equal(200);

    const after = await hoursShown();
    expect(after.text).to.include('vardagar 08:00–18:00');
    expect(after.text).to.not.include('vardagar 08:00–16:00');
    await expect(after.el).to.be.accessible();

    const audit = await (await admin('GET', 'https://nara.test/v1/admin/clinics/vc-linden/audit')).json();
    const entry = JSON.stringify(audit);
    expect(entry).to.contain('admin-lena');
    expect(entry).to.contain('16:00');
    expect(entry).to.contain('18:00');
  });

  it('a profession’s chat switched off: a new chat with it is refused, and the panel says so in words with what to do instead (sv and en)', async () => {
    const { app } = await startBackend({ simulateCareTeam: false, heartbeatMs: 60_000 });
    const current = await (await app.fetch(new Request(SETTINGS, { headers: { Authorization: ADMIN } }))).json();
    const chatProfessions = current.settings.chatProfessions.filter((p: string) => p !== 'nurse');
    const saved = await app.fetch(new Request(SETTINGS, { method: 'PATCH', headers: { Authorization: ADMIN, 'Content-Type': 'application/json' }, body: JSON.stringify({ version: current.version, settings: { chatProfessions } }) }));
    expect(saved.status).to.equal(200);
    const patient = new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, retries: 0 });
    const said = {
      sv: ['Den här mottagningen har ingen chatt med sjuksköterska just nu.', 'ring 1177', 'ring 112'],
      en: ['This clinic has no chat with a nurse right now.', 'call 1177', 'call 112'],
    };
    for (const locale of ['sv', 'en'] as const) {
      const el = await fixture<HTMLElement>(html`<nara-chat-panel .backend=${patient} clinic="vc-linden" profession="nurse" locale=${locale}></nara-chat-panel>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the message is shown', { timeout: 5000 });
      for (const text of said[locale]) expect(visibleText(el)).to.contain(text);
      expect(visibleText(el), 'not the generic failure').not.to.contain(locale === 'sv' ? 'Chatten kunde inte visas' : 'The chat could not be shown');
      await expect(el).to.be.accessible();
      el.remove();
    }
    // the secretary's chat is still there
    const secretary = await fixture<HTMLElement>(html`<nara-chat-panel .backend=${patient} clinic="vc-linden" profession="secretary" locale="sv"></nara-chat-panel>`);
    await waitUntil(() => secretary.shadowRoot!.querySelector('textarea'), 'the secretary chat opens', { timeout: 5000 });
    expect(secretary.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
