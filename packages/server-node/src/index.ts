/**
 * Nära's reference backend in Node: configuration from the environment, the PGlite and PostgreSQL
 * stores, JWT sign-in, the TEST sign-in, and the site that `npm start` and the container run.
 * The app itself (routes, services, the store interface) is `@nara/server`, which runs anywhere.
 */
export { readConfig, type ServerConfig } from './config.js';
export { createSite, startServer, listen, log, PAGE_CSP, TEST_PERSON, type Site, type SiteApp, type RunningSite, type RunningServer } from './site.js';
export { createJwtAuthenticator, personFromClaims, type JwtConfig, type NaraClaims } from './http/jwt-auth.js';
export { createTestSignIn } from './routes/test-sign-in.js';
export { createPgliteStore, pgliteDatabase } from './stores/pglite-store.js';
export { createPostgresStore, postgresDatabase, postgresPool, type PostgresOptions } from './stores/postgres-store.js';
export { createPostgresBus } from './stores/postgres-event-bus.js';
export type { SqlDatabase, SqlQueryable } from './stores/sql/sql-client.js';
