import type { Context, MiddlewareHandler } from 'hono';
import type { Profession } from '@nara/contract';
import { HttpProblem } from './problem.js';
import { ageOn, GUARDIAN_ACCESS_UNTIL_AGE } from './personnummer.js';
import { findTestAdmin, findTestPatient, findTestRegionStaff, findTestStaff } from './test-identities.js';

/** Who a request is made by, as the token says. */
export interface Person {
  /** A patient's personnummer (12 digits), or a staff member's id. */
  id: string;
  kind: 'patient' | 'staff';
  name?: string;
  /** Patients: children they are guardian of (personnummer). Reached only while under 13. */
  children?: string[];
  /** Staff: their profession and the clinic they work for. */
  profession?: Profession;
  clinic?: string;
  /** When the token that signed the person in expires (ms since the epoch): long-lived streams end then. */
  expiresAt?: number;
  /**
   * `region`: follows up clinics (indicators only, no patient data): the clinics of `region`, or every
   * clinic when absent. `admin`: changes the settings of `clinic`, or of every clinic of `region`
   * (a region admin); no patient data either.
   */
  role?: 'region' | 'admin';
  region?: string;
}

/** Turns a bearer token into a person, or null when the token is not valid. */
export type Authenticator = (token: string) => Promise<Person | null>;

/**
 * Test tokens for the in-page demo and the browser tests: `test:<personnummer>` (12 digits) signs in
 * as that patient (guardian of the test children when it is a test identity) and
 * `test-staff:<id>` as a test staff member, `test-region:<id>` as a region's follow-up officer,
 * `test-admin:<id>` as a clinic's (or a region's) settings admin. Never use it for real patients: configure JWTs.
 */
export const testAuthenticator: Authenticator = async (token) => {
  const patient = /^test:(\d{12})$/.exec(token);
  if (patient) {
    const known = findTestPatient(patient[1]);
    return { id: patient[1], kind: 'patient', ...(known ? { name: known.name, children: known.children } : {}) };
  }
  const overseer = /^test-region:([\w-]+)$/.exec(token);
  const regional = overseer ? findTestRegionStaff(overseer[1]) : undefined;
  if (regional) return { id: regional.id, kind: 'staff', name: regional.name, role: 'region', ...(regional.region ? { region: regional.region } : {}) };
  const admin = /^test-admin:([\w-]+)$/.exec(token);
  const administrator = admin ? findTestAdmin(admin[1]) : undefined;
  if (administrator) return adminPerson(administrator);
  const staff = /^test-staff:([\w-]+)$/.exec(token);
  const member = staff ? findTestStaff(staff[1]) : undefined;
  return member ? { id: member.id, kind: 'staff', name: member.name, profession: member.profession, clinic: member.clinic } : null;
};

/** A settings admin as a person: of one clinic, or of a region's clinics. */
export function adminPerson(a: { id: string; name?: string; clinic?: string; region?: string }): Person {
  return { id: a.id, kind: 'staff', role: 'admin', ...(a.name ? { name: a.name } : {}), ...(a.clinic ? { clinic: a.clinic } : a.region ? { region: a.region } : {}) };
}

/** Tries each authenticator in turn; the first that knows the token wins. */
export function anyOf(...authenticators: Authenticator[]): Authenticator {
  return async (token) => {
    for (const authenticate of authenticators) {
      const person = await authenticate(token);
      if (person) return person;
    }
    return null;
  };
}

export type AuthEnv = { Variables: { person: Person } };

/** Requires a valid bearer token; answers 401 otherwise. */
export function requirePerson(authenticate: Authenticator): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    const person = token ? await authenticate(token).catch(() => null) : null;
    if (!person) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new HttpProblem(401, 'auth', token ? 'The token is not valid' : 'Sign in to continue');
    }
    c.set('person', person);
    await next();
  };
}

/** Requires a patient's token (a staff token gets 403). */
export function requirePatient(authenticate: Authenticator): MiddlewareHandler<AuthEnv> {
  const person = requirePerson(authenticate);
  return async (c, next) =>
    person(c, async () => {
      if (c.get('person').kind !== 'patient') throw new HttpProblem(403, 'forbidden', 'This is for patients');
      await next();
    });
}

/** Requires a staff token (a patient token gets 403). */
export function requireStaff(authenticate: Authenticator): MiddlewareHandler<AuthEnv> {
  const person = requirePerson(authenticate);
  return async (c, next) =>
    person(c, async () => {
      const p = c.get('person');
      if (p.kind !== 'staff' || !p.clinic || !p.profession) throw new HttpProblem(403, 'forbidden', 'This is for care staff');
      await next();
    });
}

export const personOf = (c: Context<AuthEnv>): Person => c.get('person');

/**
 * In which role `person` may reach `subject`'s data: their own, or a child's as guardian while the
 * child is under 13 (as on 1177). Null when they may not. Staff access is decided per clinic by
 * the staff routes, not here.
 */
export function patientRoleFor(person: Person, subject: string, today: Date = new Date()): 'patient' | 'guardian' | null {
  if (person.kind !== 'patient') return null;
  if (person.id === subject) return 'patient';
  if (person.children?.includes(subject) && ageOn(subject, today) < GUARDIAN_ACCESS_UNTIL_AGE) return 'guardian';
  return null;
}

export type OptionalAuthEnv = { Variables: { person?: Person } };

/** Signs the person in when a bearer token is sent (401 when it is not valid); lets anonymous requests through. */
export function optionalPerson(authenticate: Authenticator): MiddlewareHandler<OptionalAuthEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    if (header) {
      const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
      const person = token ? await authenticate(token) : null;
      if (!person) {
        c.header('WWW-Authenticate', 'Bearer');
        throw new HttpProblem(401, 'auth', 'The token is not valid');
      }
      c.set('person', person);
    }
    await next();
  };
}
