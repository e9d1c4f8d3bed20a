import { SignJWT } from 'jose';
import type { NaraClaims } from '../http/jwt-auth.js';

/** A fixed HS256 secret for tests only. */
export const TEST_SECRET = 'test-secret-for-nara-node-tests-only-0123456789';
const key = new TextEncoder().encode(TEST_SECRET);

/** Signs a token as a host page's sign-in server would (HS256, short-lived unless told otherwise). */
export function signToken(
  subject: string,
  claims: NaraClaims = {},
  options: { expiresIn?: number; issuedAt?: number; secret?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const iat = options.issuedAt ?? now;
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.expiresIn ?? 300))
    .sign(options.secret ? new TextEncoder().encode(options.secret) : key);
}

export const patientToken = (pnr: string, children: string[] = []) => signToken(pnr, { children });
export const staffToken = (id: string, profession: string, clinic: string) => signToken(id, { nara_role: 'staff', profession, clinic, name: id });
/** Expired a minute ago (past the 30 s clock tolerance). */
export const expiredToken = (pnr: string) => signToken(pnr, {}, { issuedAt: Math.floor(Date.now() / 1000) - 400, expiresIn: 300 });
/** Right claims, signed with another key. */
export const forgedToken = (pnr: string) => signToken(pnr, {}, { secret: 'an-attacker-s-own-secret-that-is-long-enough' });
