import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { patientRoleFor, ageOn, parsePersonnummer } from '@nara/server';
import { createJwtAuthenticator, personFromClaims } from './jwt-auth.js';
import { expiredToken, forgedToken, signToken, staffToken, TEST_SECRET } from '../testing/tokens.js';

const TOLVAN = '191212121212';

describe('verifying the host page’s tokens', () => {
  it('accepts an HS256 token and reads the patient and their children', async () => {
    const auth = await createJwtAuthenticator({ secret: TEST_SECRET });
    const person = await auth(await signToken(TOLVAN, { name: 'Tolvan', children: ['201803122389', 'not-a-pnr'] }));
    const { expiresAt, ...read } = person!;
    assert.ok(typeof expiresAt === 'number' && expiresAt > Date.now(), 'the token’s expiry is kept (event streams end with it)');
    assert.deepEqual(read, { id: TOLVAN, kind: 'patient', name: 'Tolvan', children: ['201803122389'] });
  });

  it('refuses an expired token, a forged signature, garbage and a token with no sub', async () => {
    const auth = await createJwtAuthenticator({ secret: TEST_SECRET });
    assert.equal(await auth(await expiredToken(TOLVAN)), null);
    assert.equal(await auth(await forgedToken(TOLVAN)), null);
    assert.equal(await auth('not.a.jwt'), null);
    assert.equal(await auth('test:191212121212'), null);
    const noSub = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(new TextEncoder().encode(TEST_SECRET));
    assert.equal(await auth(noSub), null);
  });

  it('refuses a token that lives longer than allowed, and one with an invalid personnummer', async () => {
    const auth = await createJwtAuthenticator({ secret: TEST_SECRET, maxAgeSeconds: 600 });
    assert.equal(await auth(await signToken(TOLVAN, {}, { expiresIn: 3600 })), null);
    assert.ok(await auth(await signToken(TOLVAN, {}, { expiresIn: 600 })));
    assert.equal(await auth(await signToken('191212121213')), null, 'wrong check digit');
  });

  it('checks issuer and audience when configured', async () => {
    const auth = await createJwtAuthenticator({ secret: TEST_SECRET, issuer: 'https://login.region.se', audience: 'nara' });
    assert.equal(await auth(await signToken(TOLVAN)), null);
    assert.ok(await auth(await signToken(TOLVAN, { iss: 'https://login.region.se', aud: 'nara' })));
  });

  it('refuses the "none" algorithm and an HS256 token when an RS256 key is configured', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const auth = await createJwtAuthenticator({ publicKey: await exportSPKI(publicKey), publicKeyAlgorithm: 'RS256' });
    const good = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).setSubject(TOLVAN).setIssuedAt().setExpirationTime('5m').sign(privateKey);
    assert.equal((await auth(good))?.id, TOLVAN);
    assert.equal(await auth(await signToken(TOLVAN)), null);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: TOLVAN, exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url');
    assert.equal(await auth(`${header}.${body}.`), null);
  });

  it('verifies ES256 tokens against a JWKS', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
    const auth = await createJwtAuthenticator({ jwks: { keys: [jwk] } });
    const token = await new SignJWT({ nara_role: 'staff', profession: 'nurse', clinic: 'vc-linden' })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('staff-anna')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const { expiresAt, ...read } = (await auth(token))!;
    assert.equal(typeof expiresAt, 'number');
    assert.deepEqual(read, { id: 'staff-anna', kind: 'staff', profession: 'nurse', clinic: 'vc-linden' });
  });

  it('a staff token needs a known profession and a clinic', async () => {
    const auth = await createJwtAuthenticator({ secret: TEST_SECRET });
    assert.equal((await auth(await staffToken('s1', 'nurse', 'vc-linden')))?.kind, 'staff');
    assert.equal(await auth(await staffToken('s1', 'wizard', 'vc-linden')), null);
    assert.equal(personFromClaims({ sub: 's1', nara_role: 'staff', profession: 'nurse' }), null);
  });

  it('a region token follows up a region (or every clinic): no clinic, no profession', () => {
    assert.deepEqual(personFromClaims({ sub: 'r1', nara_role: 'region', region: 'Region Uppsala' }), { id: 'r1', kind: 'staff', role: 'region', region: 'Region Uppsala' });
    assert.deepEqual(personFromClaims({ sub: 'r2', nara_role: 'region' }), { id: 'r2', kind: 'staff', role: 'region' });
    assert.equal(personFromClaims({ nara_role: 'region' }), null);
  });
});

describe('personnummer and guardianship', () => {
  it('checks the Luhn digit and the date', () => {
    assert.equal(parsePersonnummer('19121212-1212'), TOLVAN);
    assert.equal(parsePersonnummer('19121212-1213'), null);
    assert.equal(parsePersonnummer('19121312-1212'), null, 'month 13');
    assert.equal(parsePersonnummer('1212121212'), null, '10 digits are ambiguous');
  });

  it('a guardian reaches a child until the day the child turns 13', () => {
    const guardian = { id: TOLVAN, kind: 'patient' as const, children: ['201803122389'] };
    assert.equal(patientRoleFor(guardian, TOLVAN), 'patient');
    assert.equal(patientRoleFor(guardian, '201803122389', new Date('2031-03-11T12:00:00Z')), 'guardian');
    assert.equal(patientRoleFor(guardian, '201803122389', new Date('2031-03-12T12:00:00Z')), null);
    assert.equal(ageOn('201803122389', new Date('2031-03-12T12:00:00Z')), 13);
    assert.equal(patientRoleFor(guardian, '198112289874'), null, 'not their child');
    assert.equal(patientRoleFor({ ...guardian, kind: 'staff' }, TOLVAN), null);
  });
});
