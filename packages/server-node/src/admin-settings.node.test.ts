import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createApp } from '@nara/server';
import { personFromClaims } from './http/jwt-auth.js';
import { createTestSignIn } from './routes/test-sign-in.js';
import { createPgliteStore } from './stores/pglite-store.js';
import { callApp as call } from '../../server/src/testing/call-app.js';

type App = ReturnType<typeof createApp>;
const phoneCloses = async (app: App) => (await call(app, 'GET', '/v1/clinics/vc-linden')).body.openingHours.find((h: { channel: string }) => h.channel === 'phone').closes;

describe('clinic settings in Node', () => {
  it('an admin token names a clinic or a region; without either it is no one', () => {
    assert.deepEqual(personFromClaims({ sub: 'a1', nara_role: 'admin', clinic: 'vc-linden', name: 'Lena' }), { id: 'a1', kind: 'staff', role: 'admin', name: 'Lena', clinic: 'vc-linden' });
    assert.deepEqual(personFromClaims({ sub: 'a2', nara_role: 'admin', region: 'Region Sörmland' }), { id: 'a2', kind: 'staff', role: 'admin', region: 'Region Sörmland' });
    assert.equal(personFromClaims({ sub: 'a3', nara_role: 'admin' }), null);
    assert.equal(personFromClaims({ nara_role: 'admin', clinic: 'vc-linden' }), null);
  });

  it('the TEST sign-in issues an admin token; a change saved in PGlite is in effect at once, in the audit log, and still there after a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nara-settings-'));
    try {
      const signIn = await createTestSignIn();
      const start = async () => {
        const store = await createPgliteStore(dir);
        return { store, app: createApp({ store, authenticate: signIn.authenticate, extraRoutes: signIn.routes }) };
      };
      const first = await start();
      const issued = await call(first.app, 'POST', '/v1/test-auth/token', undefined, { adminId: 'admin-lena' });
      assert.equal(issued.status, 200);
      assert.deepEqual(issued.body.admin, { id: 'admin-lena', name: 'Lena Verksamhetschef', clinic: 'vc-linden' });
      const token = issued.body.token as string;
      assert.equal((await call(first.app, 'POST', '/v1/test-auth/token', undefined, { adminId: 'nobody' })).status, 422);
      const region = await call(first.app, 'POST', '/v1/test-auth/token', undefined, { regionId: 'region-ylva' });
      assert.equal((await call(first.app, 'GET', '/v1/staff/indicators?from=2026-11-01&to=2026-11-30', region.body.token)).status, 200);

      const current = (await call(first.app, 'GET', '/v1/admin/clinics/vc-linden/settings', token)).body;
      assert.equal(current.version, 0);
      assert.equal(await phoneCloses(first.app), '16:30');
      const openingHours = current.settings.openingHours.map((h: { channel: string }) => (h.channel === 'phone' ? { ...h, closes: '15:00' } : h));
      const saved = await call(first.app, 'PATCH', '/v1/admin/clinics/vc-linden/settings', token, { version: 0, settings: { openingHours } });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(await phoneCloses(first.app), '15:00', 'at once');
      await first.store.close?.();

      const second = await start();
      assert.equal(await phoneCloses(second.app), '15:00', 'after a restart');
      const log = (await call(second.app, 'GET', '/v1/admin/clinics/vc-linden/audit', token)).body.entries;
      assert.equal(log.length, 1);
      assert.equal(log[0].actor, 'admin-lena');
      assert.deepEqual(log[0].changes.map((c: { section: string }) => c.section), ['openingHours']);
      await second.store.close?.();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
