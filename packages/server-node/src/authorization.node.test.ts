import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createApp, createMemoryStore } from '@nara/server';
import { createJwtAuthenticator } from './http/jwt-auth.js';
import { expiredToken, forgedToken, patientToken, staffToken, TEST_SECRET } from './testing/tokens.js';

const ALICE = '198112289874';
const BOB = '194107086995';

type App = ReturnType<typeof createApp>;
const call = (app: App, method: string, path: string, token?: string, body?: unknown) =>
  app.fetch(
    new Request(`https://nara.test${path}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: body instanceof FormData ? body : JSON.stringify(body) } : {}),
    }),
  );

/** A small real PNG (its signature and nothing more is what the server checks) as an upload form. */
const pngForm = (name = 'utslag.png') => {
  const form = new FormData();
  form.set('file', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], name, { type: 'image/png' }));
  return form;
};

async function aliceAttachment(app: App, alice: string): Promise<string> {
  const response = await call(app, 'POST', '/v1/attachments', alice, pngForm('alices-utslag.png'));
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

/**
 * Every route that reads or writes patient data. `setup` makes Alice's data and answers the
 * request that reaches it, and what in the answer would give it away to someone else.
 */
interface PatientRoute {
  name: string;
  setup(app: App, alice: string): Promise<{ method: string; path: string; body?: unknown; secret: string; ok?: number }>;
}

/**
 * The first free nurse's time between `fromDay` and `toDay` days from now. Nurse's times for both the booking and its
 * move, so the move is always one the server allows (same clinic and profession), whatever the hour.
 */
async function freeNurseTime(app: App, fromDay: number, toDay: number): Promise<string> {
  const from = new Date(Date.now() + fromDay * 86_400_000).toISOString();
  const to = new Date(Date.now() + toDay * 86_400_000).toISOString();
  const { slots } = await (await call(app, 'GET', `/v1/slots?clinic=vc-linden&profession=nurse&from=${from}&to=${to}`)).json();
  return slots[0].id;
}

/** Books Alice a free time next week and answers the booking's id. */
async function aliceBooking(app: App, alice: string): Promise<string> {
  const response = await call(app, 'POST', '/v1/bookings', alice, { slotId: await freeNurseTime(app, 2, 9) });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

/** Another free time, the week after, for rescheduling. */
const otherSlot = (app: App): Promise<string> => freeNurseTime(app, 10, 17);

/** Opens a conversation for Alice with a first message, and answers its id. */
async function aliceConversation(app: App, alice: string): Promise<string> {
  const response = await call(app, 'POST', '/v1/conversations', alice, { clinic: 'vc-linden', profession: 'nurse', text: 'Alices hemlighet' });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

const patientRoutes: PatientRoute[] = [
  {
    name: 'GET /v1/attachments/{id}',
    async setup(app, alice) {
      const id = await aliceAttachment(app, alice);
      return { method: 'GET', path: `/v1/attachments/${id}`, secret: '\u0001\u0002\u0003' };
    },
  },
  {
    name: 'POST /v1/attachments',
    async setup() {
      return { method: 'POST', path: '/v1/attachments', body: pngForm(), secret: 'alices-utslag', ok: 201 };
    },
  },
  {
    name: 'GET /v1/bookings',
    async setup(app, alice) {
      const id = await aliceBooking(app, alice);
      return { method: 'GET', path: '/v1/bookings', secret: id };
    },
  },
  {
    name: 'GET /v1/bookings/{id}',
    async setup(app, alice) {
      const id = await aliceBooking(app, alice);
      return { method: 'GET', path: `/v1/bookings/${id}`, secret: id };
    },
  },
  {
    name: 'GET /v1/bookings/{id}/calendar',
    async setup(app, alice) {
      const id = await aliceBooking(app, alice);
      return { method: 'GET', path: `/v1/bookings/${id}/calendar`, secret: 'BEGIN:VEVENT' };
    },
  },
  {
    name: 'PATCH /v1/bookings/{id}',
    async setup(app, alice) {
      const id = await aliceBooking(app, alice);
      return { method: 'PATCH', path: `/v1/bookings/${id}`, body: { slotId: await otherSlot(app) }, secret: id };
    },
  },
  {
    name: 'DELETE /v1/bookings/{id}',
    async setup(app, alice) {
      const id = await aliceBooking(app, alice);
      return { method: 'DELETE', path: `/v1/bookings/${id}`, secret: id };
    },
  },
  {
    name: 'POST /v1/bookings',
    async setup(app) {
      const slotId = await otherSlot(app);
      return { method: 'POST', path: '/v1/bookings', body: { slotId }, secret: slotId, ok: 201 };
    },
  },
  {
    name: 'GET /v1/conversations/{id}',
    async setup(app, alice) {
      const id = await aliceConversation(app, alice);
      return { method: 'GET', path: `/v1/conversations/${id}`, secret: 'vc-linden' };
    },
  },
  {
    name: 'GET /v1/conversations/{id}/events',
    async setup(app, alice) {
      const id = await aliceConversation(app, alice);
      return { method: 'GET', path: `/v1/conversations/${id}/events`, secret: 'Alices hemlighet' };
    },
  },
  {
    name: 'POST /v1/conversations/{id}/messages',
    async setup(app, alice) {
      const id = await aliceConversation(app, alice);
      return { method: 'POST', path: `/v1/conversations/${id}/messages`, body: { text: 'mer' }, secret: 'Alices hemlighet', ok: 201 };
    },
  },
  {
    name: 'POST /v1/conversations',
    async setup() {
      return { method: 'POST', path: '/v1/conversations', body: { clinic: 'vc-linden', profession: 'nurse', text: 'ny' }, secret: 'Alices hemlighet', ok: 201 };
    },
  },
  {
    name: 'GET /v1/shortcuts',
    async setup(app, alice) {
      await call(app, 'PUT', '/v1/shortcuts', alice, { shortcuts: [{ clinic: 'vc-linden', serviceId: 'sick-note' }] });
      return { method: 'GET', path: '/v1/shortcuts', secret: 'sick-note' };
    },
  },
  {
    name: 'PUT /v1/shortcuts',
    async setup() {
      return { method: 'PUT', path: '/v1/shortcuts', body: { shortcuts: [{ clinic: 'vc-linden', serviceId: 'vaccination' }] }, secret: 'vaccination' };
    },
  },
];

describe('authorisation of patient data', () => {
  let alice: string;
  let bob: string;
  let staff: string;
  before(async () => {
    alice = await patientToken(ALICE);
    bob = await patientToken(BOB);
    staff = await staffToken('staff-anna', 'nurse', 'vc-linden');
  });
  const newApp = async () => createApp({ store: createMemoryStore(), authenticate: await createJwtAuthenticator({ secret: TEST_SECRET }) });

  for (const route of patientRoutes) {
    describe(route.name, () => {
      it('answers the owner and writes the access log', async () => {
        const app = await newApp();
        const req = await route.setup(app, alice);
        const response = await call(app, req.method, req.path, alice, req.body);
        assert.equal(response.status, req.ok ?? 200, await response.clone().text());
        assert.match(response.headers.get('Cache-Control') ?? '', /\bno-store\b/);
        const log = await app.context.store.accessLog.list({ subject: ALICE });
        const action = req.method === 'GET' ? 'read' : 'write';
        assert.ok(log.some((e) => e.actor === ALICE && e.role === 'patient' && e.action === action), JSON.stringify(log));
      });

      for (const [label, token] of [
        ['no token', async () => undefined],
        ['an expired token', () => expiredToken(ALICE)],
        ['a forged signature', () => forgedToken(ALICE)],
        ['a malformed token', async () => 'garbage'],
      ] as const) {
        it(`refuses ${label} with 401 problem+json and leaves nothing in the log`, async () => {
          const app = await newApp();
          const req = await route.setup(app, alice);
          const before = (await app.context.store.accessLog.list({ subject: ALICE })).length;
          const response = await call(app, req.method, req.path, await token(), req.body);
          assert.equal(response.status, 401);
          assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
          assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer');
          assert.equal((await response.json()).code, 'auth');
          assert.equal((await app.context.store.accessLog.list({ subject: ALICE })).length, before);
        });
      }

      it("never shows or changes Alice's data with Bob's token", async () => {
        const app = await newApp();
        const req = await route.setup(app, alice);
        const aliceView = () =>
          req.path.startsWith('/v1/attachments/')
            ? req.path
            : req.path.startsWith('/v1/bookings')
              ? '/v1/bookings'
              : req.path.startsWith('/v1/conversations/')
                ? `${req.path.split('/').slice(0, 4).join('/')}/events`
                : '/v1/shortcuts';
        const ownRecord = /\/v1\/(bookings|conversations|attachments)\/./.test(req.path);
        const aliceBefore = await (await call(app, 'GET', aliceView(), alice)).text();
        const response = await call(app, req.method, req.path, bob, req.body);
        const text = await response.text();
        // Reads, and writes addressed to Alice's records, must not echo her data (Bob's own writes echo his own).
        if (req.method === 'GET' || ownRecord) assert.ok(!text.includes(req.secret), `Bob saw Alice's ${req.secret}: ${response.status} ${text}`);
        if (ownRecord) assert.equal(response.status, 404, 'someone else’s record is not found');
        const aliceAfter = await (await call(app, 'GET', aliceView(), alice)).text();
        assert.equal(aliceAfter, aliceBefore, 'Bob changed nothing of Alice’s');
        const log = await app.context.store.accessLog.list({ actor: BOB });
        // Bob's attempts on Alice's records are logged against her data, marked refused (issue #17).
        assert.ok(log.every((e) => e.subject === BOB || (e.refused && e.subject === ALICE)), 'Bob is logged against his own data, or refused');
        if (ownRecord) assert.ok(log.some((e) => e.refused && e.subject === ALICE), 'the refused attempt names Alice');
      });

      it('refuses a staff token on the patient route with 403', async () => {
        const app = await newApp();
        const req = await route.setup(app, alice);
        const response = await call(app, req.method, req.path, staff, req.body);
        assert.equal(response.status, 403);
        assert.equal((await response.json()).code, 'forbidden');
      });
    });
  }
});
