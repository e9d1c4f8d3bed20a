import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AdminCatalogue, AdminClinicSettings, SettingsAuditLog, type ClinicSettings } from '@nara/contract/clinic-settings';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers } from '@nara/triage';
import { createApp } from './app.js';
import { createMemoryStore } from './stores/memory-store.js';
import { callApp as call } from './testing/call-app.js';

const ADMIN = 'test-admin:admin-lena'; // vc-linden
const REGION_ADMIN = 'test-admin:admin-sormland'; // every clinic of Region Sörmland: vc-linden
const NURSE = 'test-staff:staff-anna';
const REGION = 'test-region:region-ylva';
const PATIENT = 'test:191212121212';
const SETTINGS = '/v1/admin/clinics/vc-linden/settings';
// Monday 7 December 2026, 17:00 in Stockholm: the nurses' chat (weekdays 08–16) has closed.
const MONDAY_EVENING = new Date('2026-12-07T16:00:00Z');

type App = ReturnType<typeof createApp>;
const newApp = (store = createMemoryStore()) => createApp({ store, now: () => MONDAY_EVENING, settingsRefreshMs: 0 });

/** Reads the settings, changes them, and answers what the admin API said. */
async function change(app: App, update: (s: ClinicSettings) => Partial<ClinicSettings>, token = ADMIN) {
  const current = AdminClinicSettings.parse((await call(app, 'GET', SETTINGS, token)).body);
  return call(app, 'PATCH', SETTINGS, token, { version: current.version, settings: update(current.settings) });
}
const nurseChat = (app: App) => call(app, 'POST', '/v1/conversations', PATIENT, { clinic: 'vc-linden', profession: 'nurse', text: 'Hej' });

describe('/v1/admin: clinic settings without code', () => {
  it('the seed is the initial settings, version 0, the same hours the clinic shows patients', async () => {
    const app = newApp();
    const read = await call(app, 'GET', SETTINGS, ADMIN);
    assert.equal(read.status, 200);
    const settings = AdminClinicSettings.parse(read.body);
    assert.equal(settings.version, 0);
    assert.deepEqual(settings.settings.openingHours, (await call(app, 'GET', '/v1/clinics/vc-linden')).body.openingHours);
    assert.deepEqual(settings.settings.chatProfessions.sort(), ['1177-nurse', 'child-health-nurse', 'nurse', 'secretary']);
    assert.deepEqual(settings.settings.reasonsOff, []);
    assert.ok(settings.settings.schedule.blocks.length >= 8 && settings.settings.phrases.some((p) => p.id === 'greeting') && settings.settings.forms.includes('phq-9'));
    assert.deepEqual((await call(app, 'GET', '/v1/admin/clinics/vc-linden/audit', ADMIN)).body, { entries: [] });
  });

  it('only the clinic admin (or its region admin) reaches the settings: staff, region officers and patients 403, no token 401', async () => {
    const app = newApp();
    for (const token of [NURSE, REGION, PATIENT]) assert.equal((await call(app, 'GET', SETTINGS, token)).status, 403, token);
    assert.equal((await call(app, 'GET', SETTINGS)).status, 401);
    assert.equal((await call(app, 'GET', '/v1/admin/clinics/vc-kvarnen/settings', ADMIN)).status, 403);
    assert.equal((await call(app, 'PATCH', '/v1/admin/clinics/vc-kvarnen/settings', ADMIN, { version: 0, settings: { reasonsOff: [] } })).status, 403);
    assert.equal((await call(app, 'GET', SETTINGS, REGION_ADMIN)).status, 200);
    assert.equal((await call(app, 'GET', '/v1/admin/clinics/hc-alvstranden/settings', REGION_ADMIN)).status, 403, 'another region');
    assert.deepEqual((await call(app, 'GET', '/v1/admin/clinics', REGION_ADMIN)).body.clinics.map((c: { id: string }) => c.id), ['vc-linden']);
    assert.equal((await call(app, 'GET', '/v1/staff/queue', ADMIN)).status, 403, 'an admin sees no patient data');
  });

  it('longer chat hours show to patients at once: the clinic page and a new chat say open; the audit log has who, when, before and after', async () => {
    const app = newApp();
    assert.equal((await nurseChat(app)).body.availability.open, false, 'closed at 17:00 before the change');
    const saved = await change(app, (s) => ({ openingHours: s.openingHours.map((h) => (h.channel === 'chat' && h.profession === 'nurse' ? { ...h, closes: '18:00' } : h)) }));
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.version, 1);
    const nurseHours = (await call(app, 'GET', '/v1/clinics/vc-linden')).body.openingHours.find((h: any) => h.channel === 'chat' && h.profession === 'nurse');
    assert.equal(nurseHours.closes, '18:00');
    const chat = await nurseChat(app);
    assert.equal(chat.status, 201);
    assert.equal(chat.body.availability.open, true);
    const log = SettingsAuditLog.parse((await call(app, 'GET', '/v1/admin/clinics/vc-linden/audit', ADMIN)).body);
    assert.equal(log.entries.length, 1);
    const [entry] = log.entries;
    assert.deepEqual([entry.actor, entry.actorName, entry.version, entry.at], ['admin-lena', 'Lena Verksamhetschef', 1, MONDAY_EVENING.toISOString()]);
    assert.deepEqual(entry.changes.map((c) => c.section), ['openingHours']);
    const find = (hours: unknown) => (hours as any[]).find((h) => h.channel === 'chat' && h.profession === 'nurse').closes;
    assert.deepEqual([find(entry.changes[0].before), find(entry.changes[0].after)], ['16:00', '18:00']);
  });

  it("a profession's chat switched off disappears from the clinic and a new chat with it is refused", async () => {
    const app = newApp();
    assert.equal((await change(app, (s) => ({ chatProfessions: s.chatProfessions.filter((p) => p !== 'nurse') }))).status, 200);
    const clinic = (await call(app, 'GET', '/v1/clinics/vc-linden')).body;
    assert.ok(!clinic.openingHours.some((h: any) => h.channel === 'chat' && h.profession === 'nurse'));
    assert.ok(clinic.openingHours.some((h: any) => h.channel === 'chat' && h.profession === 'secretary'), 'the others still chat');
    const refused = await nurseChat(app);
    assert.equal(refused.status, 422);
    assert.equal(refused.body.errors[0].path, 'profession');
    assert.equal((await change(app, (s) => ({ chatProfessions: [...s.chatProfessions, 'nurse'] }))).status, 200);
    assert.equal((await nurseChat(app)).status, 201, 'back on, back again');
  });

  it("a profession's chat switched off is not offered as a next step after an assessment: the result points elsewhere", async () => {
    const app = newApp();
    const response = responseFromAnswers(buildQuestionnaire(findReason('forkylning')!, 'sv'), { description: 'Snuva', since: 'days-1-3', overall: 6, cough: true, breathless: 'no' });
    const redFlags = Object.fromEntries(redFlagsFor('self').map((f) => [f.id, false]));
    const assess = async () =>
      (await call(app, 'POST', '/v1/assessments', undefined, { reasonId: 'forkylning', clinic: 'vc-linden', subject: { kind: 'self' }, redFlags, response })).body.actions as { action: string; profession?: string }[];
    const chatsWith = (actions: { action: string; profession?: string }[]) => actions.filter((a) => a.action === 'chat').map((a) => a.profession);
    assert.ok(chatsWith(await assess()).includes('nurse'), 'the seed: chat with a nurse');
    assert.equal((await change(app, (s) => ({ chatProfessions: s.chatProfessions.filter((p) => p !== 'nurse') }))).status, 200);
    const after = await assess();
    assert.ok(!chatsWith(after).includes('nurse'), JSON.stringify(after));
    assert.ok(after.length > 0, 'still a way forward');
  });

  it('a reason switched off is not offered or assessed at the clinic; a schedule change changes the free times; phrases and forms are the staff’s at once', async () => {
    const app = newApp();
    const reasons = async () => (await call(app, 'GET', '/v1/reasons?clinic=vc-linden')).body.reasons.map((r: { id: string }) => r.id);
    assert.ok((await reasons()).includes('sjukintyg'));
    const days = '&from=2026-12-08T00:00:00Z&to=2026-12-09T00:00:00Z';
    const slots = async () => (await call(app, 'GET', `/v1/slots?clinic=vc-linden&visitType=physical&profession=physiotherapist${days}`)).body.slots.length;
    assert.ok((await slots()) === 0, 'no physiotherapist on Tuesdays in the seed');
    const saved = await change(app, (s) => ({
      reasonsOff: ['sjukintyg'],
      schedule: { ...s.schedule, blocks: s.schedule.blocks.map((b) => (b.profession === 'physiotherapist' ? { ...b, days: [2], breaks: [] } : b)) },
      phrases: [{ id: 'egen', title: { sv: 'Vår hälsning', en: 'Our greeting' }, text: { sv: 'Välkommen till Linden!', en: 'Welcome to Linden!' } }],
      forms: ['phq-9'],
    }));
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.ok(!(await reasons()).includes('sjukintyg'));
    const assessment = await call(app, 'POST', '/v1/assessments', undefined, { clinic: 'vc-linden', reasonId: 'sjukintyg', subject: { kind: 'self' }, redFlags: {}, response: { resourceType: 'QuestionnaireResponse', status: 'completed', item: [] } });
    assert.equal(assessment.status, 422);
    assert.ok(assessment.body.errors.some((e: { path: string }) => e.path === 'reasonId'));
    const tuesday = await slots();
    assert.ok(tuesday > 0 && tuesday <= 9, `a physiotherapist on Tuesday 08–15, 45 minutes each, some taken by the seed's occupancy: ${tuesday}`);
    assert.deepEqual((await call(app, 'GET', '/v1/staff/phrases', NURSE)).body.phrases, [{ id: 'egen', title: 'Vår hälsning', text: 'Välkommen till Linden!' }]);
    assert.deepEqual((await call(app, 'GET', '/v1/staff/forms', NURSE)).body.forms.map((f: { id: string }) => f.id), ['phq-9']);
    const log = (await call(app, 'GET', '/v1/admin/clinics/vc-linden/audit', ADMIN)).body.entries;
    assert.deepEqual(log[0].changes.map((c: { section: string }) => c.section), ['reasonsOff', 'schedule', 'phrases', 'forms']);
  });

  it('the catalogue an admin chooses from: every reason and form in the asked-for language, for admins only', async () => {
    const app = newApp();
    const en = await app.fetch(new Request('https://nara.test/v1/admin/catalogue', { headers: { Authorization: `Bearer ${ADMIN}`, 'Accept-Language': 'en' } }));
    const catalogue = AdminCatalogue.parse(await en.json());
    const all = (await call(app, 'GET', '/v1/reasons')).body.reasons;
    assert.equal(catalogue.reasons.length, all.length, 'every reason of the catalogue');
    assert.deepEqual(catalogue.reasons.find((r) => r.id === 'boka-om'), { id: 'boka-om', title: 'Reschedule an appointment', category: 'administrative', profession: 'secretary' });
    assert.deepEqual(catalogue.forms.map((f) => f.id), (await call(app, 'GET', SETTINGS, ADMIN)).body.settings.forms, 'the seed offers every form');
    assert.equal((await call(app, 'GET', '/v1/admin/catalogue', ADMIN)).body.forms.find((f: { id: string }) => f.id === 'pain-scale').title, 'Smärtskattning');
    for (const token of [NURSE, PATIENT]) assert.equal((await call(app, 'GET', '/v1/admin/catalogue', token)).status, 403);
    assert.equal((await call(app, 'GET', '/v1/admin/catalogue')).status, 401);
  });

  it("a reason switched off leaves the patient's reason search at once, and the clinic's list is never served from a stale cache", async () => {
    const app = newApp();
    const search = () => app.fetch(new Request('https://nara.test/v1/reasons?clinic=vc-linden'));
    const before = await search();
    assert.equal(before.headers.get('Cache-Control'), 'no-cache');
    assert.ok(((await before.json()) as any).reasons.some((r: { id: string }) => r.id === 'urinvagsinfektion'));
    assert.equal((await change(app, () => ({ reasonsOff: ['urinvagsinfektion'] }))).status, 200);
    const ids = (((await (await search()).json()) as any).reasons as { id: string }[]).map((r) => r.id);
    assert.ok(!ids.includes('urinvagsinfektion'));
    assert.ok(ids.includes('sjukintyg'), 'the others stay');
    const kvarnen = ((await (await app.fetch(new Request('https://nara.test/v1/reasons?clinic=vc-kvarnen'))).json()) as any).reasons;
    assert.ok(kvarnen.some((r: { id: string }) => r.id === 'urinvagsinfektion'), 'another clinic still offers it');
  });

  it('bad settings are 422 naming the field and change nothing; a stale version is 409; no change makes no version', async () => {
    const app = newApp();
    const bad: [unknown, string][] = [
      [{ openingHours: [{ channel: 'chat', profession: 'nurse', days: [1], opens: '16:00', closes: '08:00' }] }, 'settings.openingHours.0.closes'],
      [{ openingHours: [{ channel: 'chat', profession: 'nurse', days: [1, 1], opens: '08:00', closes: '16:00' }] }, 'settings.openingHours.0.days'],
      [{ openingHours: [{ channel: 'fax', days: [1], opens: '08:00', closes: '16:00' }] }, 'settings.openingHours.0.channel'],
      [{ chatProfessions: ['wizard'] }, 'settings.chatProfessions.0'],
      [{ reasonsOff: ['no-such-reason'] }, 'settings.reasonsOff.0'],
      [{ forms: ['no-such-form'] }, 'settings.forms.0'],
      [{ phrases: [{ id: 'x', title: { sv: 'Hej' }, text: { sv: 'a', en: 'b' } }] }, 'settings.phrases.0.title.en'],
      [{ schedule: { blocks: [], cancelLimitHours: -1, leadMinutes: 0, horizonDays: 10 } }, 'settings.schedule.cancelLimitHours'],
    ];
    for (const [settings, path] of bad) {
      const answer = await call(app, 'PATCH', SETTINGS, ADMIN, { version: 0, settings });
      assert.equal(answer.status, 422, JSON.stringify(settings));
      assert.ok(answer.body.errors.some((e: { path: string }) => e.path === path), `${path} in ${JSON.stringify(answer.body.errors)}`);
    }
    assert.equal((await call(app, 'GET', SETTINGS, ADMIN)).body.version, 0, 'nothing saved');
    assert.equal((await change(app, () => ({ reasonsOff: ['sjukintyg'] }))).body.version, 1);
    const stale = await call(app, 'PATCH', SETTINGS, ADMIN, { version: 0, settings: { reasonsOff: [] } });
    assert.equal(stale.status, 409);
    assert.equal((await change(app, () => ({ reasonsOff: ['sjukintyg'] }))).body.version, 1, 'the same settings: no new version');
    assert.equal((await call(app, 'GET', '/v1/admin/clinics/vc-linden/audit', ADMIN)).body.entries.length, 1);
  });

  it('another server process on the same store sees a change without a restart', async () => {
    const store = createMemoryStore();
    const [one, two] = [newApp(store), newApp(store)];
    assert.equal((await call(two, 'GET', '/v1/clinics/vc-linden')).body.openingHours.find((h: any) => h.channel === 'phone').closes, '16:30');
    assert.equal((await change(one, (s) => ({ openingHours: s.openingHours.map((h) => (h.channel === 'phone' ? { ...h, closes: '15:00' } : h)) }))).status, 200);
    assert.equal((await call(two, 'GET', '/v1/clinics/vc-linden')).body.openingHours.find((h: any) => h.channel === 'phone').closes, '15:00');
  });
});
