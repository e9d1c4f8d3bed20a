import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { SignJWT } from 'jose';
import * as z from 'zod/mini';
import { type Authenticator, ageOn, GUARDIAN_ACCESS_UNTIL_AGE, parsePersonnummer, HttpProblem, jsonBody, findTestPatient, findTestStaff, findTestAdmin, findTestRegionStaff, testAdmins, testPatients, testRegionStaff, testStaff } from '@nara/server';
import { createJwtAuthenticator } from '../http/jwt-auth.js';
import { returnAddress, returnWithToken, signInPage } from './test-sign-in-page.js';

const ISSUER = 'nara-test-signin';
const WARNING = 'TEST sign-in: made-up identities for trying Nära out. Never enabled for real patients.';

const TokenRequest = z.union([
  z.object({ personnummer: z.string() }),
  z.object({ staffId: z.string() }),
  z.object({ adminId: z.string() }),
  z.object({ regionId: z.string() }),
]);

/**
 * The TEST sign-in that `npm start` offers (NARA_TEST_SIGNIN=1): issues short-lived signed tokens
 * for the made-up test identities, in place of the host page's BankID / Freja eID sign-in.
 */
export async function createTestSignIn(options: { ttlSeconds?: number } = {}) {
  // A fresh key per process: test tokens never outlive the server that issued them.
  const secret = randomBytes(32).toString('base64url');
  const key = new TextEncoder().encode(secret);
  const ttl = options.ttlSeconds ?? 15 * 60;
  const authenticate: Authenticator = await createJwtAuthenticator({ secret, issuer: ISSUER, maxAgeSeconds: ttl });

  const sign = (claims: Record<string, unknown>, subject: string) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setSubject(subject).setIssuedAt().setExpirationTime(`${ttl}s`).sign(key);

  const describePatient = (pnr: string) => {
    const patient = findTestPatient(pnr);
    return {
      personnummer: pnr,
      name: patient?.name ?? 'Test Testsson',
      children: (patient?.children ?? []).map((child) => ({
        personnummer: child,
        name: findTestPatient(child)?.name ?? '',
        age: ageOn(child),
        reachable: ageOn(child) < GUARDIAN_ACCESS_UNTIL_AGE,
      })),
    };
  };

  const routes = new Hono()
    .use('/test-auth/*', async (c, next) => {
      await next();
      c.header('X-Nara-Test-Signin', '1');
    })
    .get('/test-auth/identities', (c) =>
      c.json({
        warning: WARNING,
        patients: testPatients.map((p) => describePatient(p.personnummer)),
        staff: testStaff,
        admins: testAdmins,
        region: testRegionStaff,
      }),
    )
    // The host's sign-in page, played for `signin-url` (sign-in without code): GET shows the test people,
    // POST signs one in and sends the browser back to `return` with `#nara-token=…`.
    .get('/test-auth/sign-in', (c) => signInPage(c, WARNING))
    .post('/test-auth/sign-in', async (c) => {
      const form = await c.req.parseBody();
      const back = returnAddress(form.return);
      const pnr = parsePersonnummer(String(form.personnummer ?? ''));
      if (!pnr) throw new HttpProblem(422, 'invalid', 'Not a valid personnummer (12 digits with a correct check digit)');
      const person = describePatient(pnr);
      const token = await sign({ nara_role: 'patient', name: person.name, children: person.children.map((c) => c.personnummer) }, pnr);
      return returnWithToken(back, token, new Date(Date.now() + ttl * 1000).toISOString(), String(form.state ?? ''));
    })
    .post('/test-auth/token', async (c) => {
      const body = await jsonBody(c, TokenRequest);
      const expiresAt = new Date(Date.now() + ttl * 1000).toISOString();
      if ('staffId' in body) {
        const member = findTestStaff(body.staffId);
        if (!member) throw new HttpProblem(422, 'invalid', `No test staff member ${body.staffId}`);
        const token = await sign({ nara_role: 'staff', name: member.name, profession: member.profession, clinic: member.clinic }, member.id);
        return c.json({ warning: WARNING, token, expiresAt, staff: member });
      }
      if ('adminId' in body) {
        const admin = findTestAdmin(body.adminId);
        if (!admin) throw new HttpProblem(422, 'invalid', `No test admin ${body.adminId}`);
        const token = await sign({ nara_role: 'admin', name: admin.name, ...(admin.clinic ? { clinic: admin.clinic } : { region: admin.region }) }, admin.id);
        return c.json({ warning: WARNING, token, expiresAt, admin });
      }
      if ('regionId' in body) {
        const officer = findTestRegionStaff(body.regionId);
        if (!officer) throw new HttpProblem(422, 'invalid', `No test region officer ${body.regionId}`);
        const token = await sign({ nara_role: 'region', name: officer.name, ...(officer.region ? { region: officer.region } : {}) }, officer.id);
        return c.json({ warning: WARNING, token, expiresAt, region: officer });
      }
      const pnr = parsePersonnummer(body.personnummer);
      if (!pnr) throw new HttpProblem(422, 'invalid', 'Not a valid personnummer (12 digits with a correct check digit)');
      const person = describePatient(pnr);
      const token = await sign({ nara_role: 'patient', name: person.name, children: person.children.map((c) => c.personnummer) }, pnr);
      return c.json({ warning: WARNING, token, expiresAt, patient: person });
    });

  return { authenticate, routes, sign };
}
