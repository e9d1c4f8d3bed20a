import type { Context, MiddlewareHandler } from 'hono';
import { HttpProblem } from './problem.js';

/** Who a request is made by, as the token says. */
export interface Person {
  id: string;
  kind: 'patient' | 'staff';
}

/** Turns a bearer token into a person, or null when the token is not valid. */
export type Authenticator = (token: string) => Promise<Person | null>;

/**
 * Test tokens `test:<personnummer>` (12 digits) for the demo and for trying things out.
 * Never use it for real patients: configure a real authenticator.
 */
export const testAuthenticator: Authenticator = async (token) => {
  const match = /^test:(\d{12})$/.exec(token);
  return match ? { id: match[1], kind: 'patient' } : null;
};

export type AuthEnv = { Variables: { person: Person } };

/** Requires a valid bearer token; answers 401 otherwise. */
export function requirePerson(authenticate: Authenticator): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    const person = token ? await authenticate(token) : null;
    if (!person) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new HttpProblem(401, 'auth', token ? 'The token is not valid' : 'Sign in to continue');
    }
    c.set('person', person);
    await next();
  };
}

export const personOf = (c: Context<AuthEnv>): Person => c.get('person');

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
