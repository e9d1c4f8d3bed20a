import { expect } from '@open-wc/testing';
import { createApp } from './app.js';

const app = createApp();
const call = (path: string, init?: RequestInit) => app.fetch(new Request(`https://api.test${path}`, init));
const auth = { Authorization: 'Bearer test:191212121212', 'Content-Type': 'application/json' };

describe('the server app', () => {
  it('answers a clinic in the language asked for', async () => {
    const en = await (await call('/v1/clinics/vc-linden', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })).json();
    const sv = await (await call('/v1/clinics/vc-linden')).json();
    expect(en.services[1].title).to.equal('Book an appointment');
    expect(sv.services[1].title).to.equal('Boka tid');
  });

  it('answers problem+json with a stable code for an unknown clinic and an unknown path', async () => {
    for (const path of ['/v1/clinics/nope', '/v1/nothing-here']) {
      const response = await call(path);
      expect(response.status).to.equal(404);
      expect(response.headers.get('Content-Type')).to.equal('application/problem+json');
      expect((await response.json()).code).to.equal('not-found');
    }
  });

  it('refuses shortcuts without a valid token, with 401 and WWW-Authenticate', async () => {
    for (const headers of [{}, { Authorization: 'Bearer forged' }] as Record<string, string>[]) {
      const response = await call('/v1/shortcuts', { headers });
      expect(response.status).to.equal(401);
      expect(response.headers.get('WWW-Authenticate')).to.equal('Bearer');
      expect((await response.json()).code).to.equal('auth');
    }
  });

  it('validates request bodies with the contract and names the bad field', async () => {
    const notJson = await call('/v1/shortcuts', { method: 'PUT', headers: auth, body: '{oops' });
    expect(notJson.status).to.equal(400);
    const wrong = await call('/v1/shortcuts', { method: 'PUT', headers: auth, body: JSON.stringify({ shortcuts: [{ clinic: 'vc-linden' }] }) });
    expect(wrong.status).to.equal(422);
    const problem = await wrong.json();
    expect(problem.code).to.equal('invalid');
    expect(problem.errors[0].path).to.equal('shortcuts.0.serviceId');
  });

  it("keeps each patient's shortcuts apart", async () => {
    await call('/v1/shortcuts', { method: 'PUT', headers: auth, body: JSON.stringify({ shortcuts: [{ clinic: 'vc-linden', serviceId: 'book' }] }) });
    const other = await (await call('/v1/shortcuts', { headers: { Authorization: 'Bearer test:198112289874' } })).json();
    expect(other.shortcuts).to.deep.equal([]);
    const mine = await (await call('/v1/shortcuts', { headers: auth })).json();
    expect(mine.shortcuts.map((s: { serviceId: string }) => s.serviceId)).to.deep.equal(['book']);
  });
});
