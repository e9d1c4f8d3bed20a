import { createLocalJWKSet, createRemoteJWKSet, importSPKI, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { PROFESSIONS, type Profession } from '@nara/contract';
import { adminPerson, type Authenticator, type Person, parsePersonnummer } from '@nara/server';

/**
 * How the server checks the tokens the host page hands the widget. The host signs the patient in
 * (BankID, Freja eID) on its own server and issues a short-lived JWT; Nära only verifies it.
 */
export interface JwtConfig {
  /** HS256 shared secret (at least 32 characters). */
  secret?: string;
  /** A PEM public key (SPKI) for RS256 or ES256. */
  publicKey?: string;
  /** The public key's algorithm. Default RS256. */
  publicKeyAlgorithm?: 'RS256' | 'ES256' | 'PS256' | 'EdDSA';
  /** A JWKS URL (the host's signing keys, fetched and cached). */
  jwksUrl?: string;
  /** A JWKS document given inline (tests, air-gapped setups). */
  jwks?: { keys: Record<string, unknown>[] };
  /** Required `iss`, when set. */
  issuer?: string;
  /** Required `aud`, when set. */
  audience?: string;
  /** Longest lifetime accepted, seconds from `iat` (default 3600): the tokens are meant to be short-lived. */
  maxAgeSeconds?: number;
}

/** The claims Nära reads; documented in packages/server-node/README.md. */
export interface NaraClaims extends JWTPayload {
  /**
   * `patient` (default), `staff`, `region` (follow-up of the region's clinics: indicators only) or
   * `admin` (the settings of `clinic`, or of every clinic of `region`: no patient data).
   */
  nara_role?: 'patient' | 'staff' | 'region' | 'admin';
  /** Region role: the region (as in the clinic's `region`); absent means every clinic. Admin without `clinic`: the region administered. */
  region?: string;
  name?: string;
  /** Patients: personnummer of the children they are guardian of. */
  children?: string[];
  /** Staff: profession and clinic id. */
  profession?: string;
  clinic?: string;
}

/** A person from verified claims, or null when the claims do not describe one Nära understands. */
export function personFromClaims(claims: NaraClaims): Person | null {
  const name = typeof claims.name === 'string' ? claims.name.slice(0, 200) : undefined;
  if (claims.nara_role === 'region') {
    if (!claims.sub) return null;
    const region = typeof claims.region === 'string' && claims.region ? claims.region.slice(0, 200) : undefined;
    return { id: claims.sub, kind: 'staff', role: 'region', ...(region ? { region } : {}), ...(name ? { name } : {}) };
  }
  if (claims.nara_role === 'admin') {
    const clinic = typeof claims.clinic === 'string' && claims.clinic ? claims.clinic.slice(0, 200) : undefined;
    const region = typeof claims.region === 'string' && claims.region ? claims.region.slice(0, 200) : undefined;
    // An admin of nothing is no admin: a clinic or a region must be named.
    if (!claims.sub || (!clinic && !region)) return null;
    return adminPerson({ id: claims.sub, ...(name ? { name } : {}), ...(clinic ? { clinic } : { region }) });
  }
  if (claims.nara_role === 'staff') {
    const profession = PROFESSIONS.find((p) => p === claims.profession) as Profession | undefined;
    if (!claims.sub || !profession || typeof claims.clinic !== 'string' || !claims.clinic) return null;
    return { id: claims.sub, kind: 'staff', profession, clinic: claims.clinic, ...(name ? { name } : {}) };
  }
  const id = claims.sub ? parsePersonnummer(claims.sub) : null;
  if (!id) return null;
  const children = Array.isArray(claims.children)
    ? claims.children.flatMap((child) => {
        const pnr = typeof child === 'string' ? parsePersonnummer(child) : null;
        return pnr ? [pnr] : [];
      })
    : [];
  return { id, kind: 'patient', children, ...(name ? { name } : {}) };
}

async function keyResolver(config: JwtConfig): Promise<{ key: Uint8Array | CryptoKey | JWTVerifyGetKey; algorithms: string[] }> {
  if (config.jwksUrl) return { key: createRemoteJWKSet(new URL(config.jwksUrl)), algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'] };
  if (config.jwks) return { key: createLocalJWKSet(config.jwks as Parameters<typeof createLocalJWKSet>[0]), algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'] };
  if (config.publicKey) {
    const alg = config.publicKeyAlgorithm ?? 'RS256';
    return { key: await importSPKI(config.publicKey, alg), algorithms: [alg] };
  }
  if (config.secret) {
    if (config.secret.length < 32) throw new Error('NARA_JWT_SECRET must be at least 32 characters');
    return { key: new TextEncoder().encode(config.secret), algorithms: ['HS256'] };
  }
  throw new Error('No JWT key configured: set NARA_JWT_SECRET, NARA_JWT_PUBLIC_KEY or NARA_JWT_JWKS_URL');
}

/** Verifies JWTs (signature, `exp` required, `iss`/`aud` when configured, lifetime) and maps their claims. */
export async function createJwtAuthenticator(config: JwtConfig): Promise<Authenticator> {
  const { key, algorithms } = await keyResolver(config);
  const maxAge = config.maxAgeSeconds ?? 3600;
  return async (token) => {
    if (token.split('.').length !== 3) return null;
    try {
      const { payload } = await jwtVerify<NaraClaims>(token, key as Uint8Array, {
        algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
        ...(config.issuer ? { issuer: config.issuer } : {}),
        ...(config.audience ? { audience: config.audience } : {}),
      });
      const now = Date.now() / 1000;
      // A token issued "in the future" would otherwise stretch its lifetime past the maximum age.
      if (payload.iat !== undefined && payload.iat > now + 30) return null;
      if (payload.iat !== undefined && payload.exp! - payload.iat > maxAge) return null;
      if (payload.exp! - now > maxAge) return null;
      const person = personFromClaims(payload);
      return person && { ...person, expiresAt: payload.exp! * 1000 };
    } catch {
      return null;
    }
  };
}
