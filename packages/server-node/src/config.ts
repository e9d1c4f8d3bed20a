import { DEFAULT_QUOTAS, type Quotas } from '@nara/server';
import { parseCorsOrigins, type CorsPolicy, type BucketSize } from '@nara/server';
import { parseDistOrigins, type DistOrigins } from './http/dist-headers.js';
import type { JwtConfig } from './http/jwt-auth.js';

/** Everything the Node entry reads from the environment; documented in packages/server-node/README.md. */
export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL connection URL; when unset the embedded PGlite store is used. */
  databaseUrl?: string;
  /** PostgreSQL schema to work in (created when missing); default the server's search_path. */
  databaseSchema?: string;
  /** `pglite` (default without DATABASE_URL), `postgres` (with it) or `memory`. */
  storeKind: 'pglite' | 'postgres' | 'memory';
  /** Where PGlite keeps its files. */
  dataDir: string;
  jwt?: JwtConfig;
  testSignIn: boolean;
  cors: CorsPolicy;
  maxBodyBytes: number;
  perToken: BucketSize;
  perAddress: BucketSize;
  /** How many reverse proxies of your own stand in front (0: none): the client address is that many hops from the right of `X-Forwarded-For`. */
  trustProxy: number;
  /** Requests without a valid token, per address (stricter). */
  perAnonymous: BucketSize;
  /** Limits per patient (`NARA_QUOTA_*`). */
  quotas: Quotas;
  /** Event streams one person may hold open at once. */
  maxStreamsPerSubject: number;
  /** Serve examples/ and dist/ for trying things out (npm start). */
  serveExamples: boolean;
  /** Origins that may load /dist/ (module scripts need CORS): `*` by default. */
  distOrigins: DistOrigins;
  shutdownTimeoutMs: number;
  /** Where staff's video invitations point; a room id is appended. */
  videoBaseUrl: string;
  /** Where patient notices ("you have a new message") are posted as JSON; without it they are logged. */
  notifyWebhook?: string;
  /** One JSON line per request (method, path, status, ms). */
  requestLog: boolean;
}

function bucket(value: string | undefined, fallback: BucketSize, name: string): BucketSize {
  if (!value) return fallback;
  const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value);
  if (!match) throw new Error(`${name} must look like BURST/PER_SECOND, e.g. 60/10`);
  return { burst: Number(match[1]), perSecond: Number(match[2]) };
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  const jwt: JwtConfig = {
    ...(env.NARA_JWT_SECRET ? { secret: env.NARA_JWT_SECRET } : {}),
    ...(env.NARA_JWT_PUBLIC_KEY ? { publicKey: env.NARA_JWT_PUBLIC_KEY.replace(/\\n/g, '\n') } : {}),
    ...(env.NARA_JWT_ALGORITHM ? { publicKeyAlgorithm: env.NARA_JWT_ALGORITHM as JwtConfig['publicKeyAlgorithm'] } : {}),
    ...(env.NARA_JWT_JWKS_URL ? { jwksUrl: env.NARA_JWT_JWKS_URL } : {}),
    ...(env.NARA_JWT_ISSUER ? { issuer: env.NARA_JWT_ISSUER } : {}),
    ...(env.NARA_JWT_AUDIENCE ? { audience: env.NARA_JWT_AUDIENCE } : {}),
    ...(env.NARA_JWT_MAX_AGE ? { maxAgeSeconds: integer(env.NARA_JWT_MAX_AGE, 3600, 'NARA_JWT_MAX_AGE') } : {}),
  };
  const hasJwt = Boolean(jwt.secret || jwt.publicKey || jwt.jwksUrl);
  const storeKind = (env.NARA_STORE as ServerConfig['storeKind']) || (databaseUrl ? 'postgres' : 'pglite');
  if (!['pglite', 'postgres', 'memory'].includes(storeKind)) throw new Error('NARA_STORE must be pglite, postgres or memory');
  if (storeKind === 'postgres' && !databaseUrl) throw new Error('NARA_STORE=postgres needs DATABASE_URL');
  return {
    port: integer(env.PORT, 8080, 'PORT'),
    host: env.HOST || '127.0.0.1',
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(env.NARA_DB_SCHEMA ? { databaseSchema: env.NARA_DB_SCHEMA } : {}),
    storeKind,
    dataDir: env.NARA_DATA_DIR || './data',
    ...(hasJwt ? { jwt } : {}),
    testSignIn: env.NARA_TEST_SIGNIN === '1',
    cors: parseCorsOrigins(env.NARA_CORS_ORIGINS),
    maxBodyBytes: integer(env.NARA_MAX_BODY_BYTES, 256 * 1024, 'NARA_MAX_BODY_BYTES'),
    perToken: bucket(env.NARA_RATE_LIMIT_TOKEN, { burst: 60, perSecond: 10 }, 'NARA_RATE_LIMIT_TOKEN'),
    perAddress: bucket(env.NARA_RATE_LIMIT_ADDRESS, { burst: 300, perSecond: 50 }, 'NARA_RATE_LIMIT_ADDRESS'),
    trustProxy: integer(env.NARA_TRUST_PROXY, 0, 'NARA_TRUST_PROXY'),
    perAnonymous: bucket(env.NARA_RATE_LIMIT_ANONYMOUS, { burst: 30, perSecond: 2 }, 'NARA_RATE_LIMIT_ANONYMOUS'),
    quotas: {
      openConversationsPerClinic: integer(env.NARA_QUOTA_OPEN_CONVERSATIONS, DEFAULT_QUOTAS.openConversationsPerClinic, 'NARA_QUOTA_OPEN_CONVERSATIONS'),
      futureBookingsPerClinic: integer(env.NARA_QUOTA_FUTURE_BOOKINGS, DEFAULT_QUOTAS.futureBookingsPerClinic, 'NARA_QUOTA_FUTURE_BOOKINGS'),
      storedBytes: integer(env.NARA_QUOTA_STORED_MB, DEFAULT_QUOTAS.storedBytes / 1024 / 1024, 'NARA_QUOTA_STORED_MB') * 1024 * 1024,
      concurrentUploads: integer(env.NARA_QUOTA_UPLOADS, DEFAULT_QUOTAS.concurrentUploads, 'NARA_QUOTA_UPLOADS'),
      unreferencedFileHours: integer(env.NARA_UNREFERENCED_FILE_HOURS, DEFAULT_QUOTAS.unreferencedFileHours, 'NARA_UNREFERENCED_FILE_HOURS'),
    },
    maxStreamsPerSubject: integer(env.NARA_MAX_STREAMS, 5, 'NARA_MAX_STREAMS'),
    serveExamples: env.NARA_SERVE_EXAMPLES === '1',
    distOrigins: parseDistOrigins(env.NARA_DIST_CORS_ORIGINS),
    requestLog: env.NARA_REQUEST_LOG !== '0',
    videoBaseUrl: env.NARA_VIDEO_BASE_URL || 'https://video.example.invalid/room',
    ...(env.NARA_NOTIFY_WEBHOOK ? { notifyWebhook: env.NARA_NOTIFY_WEBHOOK } : {}),
    shutdownTimeoutMs: integer(env.NARA_SHUTDOWN_TIMEOUT_MS, 10_000, 'NARA_SHUTDOWN_TIMEOUT_MS'),
  };
}
