import type { Context, Next } from 'hono';

/**
 * Who may load the bundles under /dist/ from another origin: module scripts are fetched with CORS, so
 * a care centre's page that loads nara.js from this server needs `Access-Control-Allow-Origin`.
 * `'*'` (the default: the files are public and sent without credentials), a list of origins, or
 * `'none'` for no header at all.
 */
export type DistOrigins = '*' | 'none' | string[];

/** Parses `NARA_DIST_CORS_ORIGINS`: unset or `*` → any origin; `none`; or `https://a.se,https://b.se`. */
export function parseDistOrigins(value: string | undefined): DistOrigins {
  const v = value?.trim();
  if (!v || v === '*') return '*';
  if (v === 'none') return 'none';
  return v.split(/[,\s]+/).filter(Boolean).map((origin) => new URL(origin).origin);
}

/** Hashed chunks (`shared-…js`, `demo-backend-…js`) never change; entries (`nara.js`) may, so they are revalidated. */
const HASHED = /-[A-Za-z0-9_-]{8,}\.js(\.map)?$/;

/** Middleware for /dist/*: CORS for module scripts, and cache headers fit for a CDN. */
export function distHeaders(origins: DistOrigins) {
  return async (c: Context, next: Next) => {
    const origin = c.req.header('Origin');
    const allowed = origins === '*' ? '*' : origins === 'none' || !origin ? undefined : origins.includes(origin) ? origin : undefined;
    if (c.req.method === 'OPTIONS') {
      if (!allowed) return c.body(null, 204);
      return c.body(null, 204, { 'Access-Control-Allow-Origin': allowed, 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Max-Age': '600', ...(allowed === '*' ? {} : { Vary: 'Origin' }) });
    }
    await next();
    if (allowed) c.res.headers.set('Access-Control-Allow-Origin', allowed);
    if (Array.isArray(origins)) c.res.headers.append('Vary', 'Origin');
    // the API's policy says same-origin resources only; the bundles are meant to be loaded elsewhere
    c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', HASHED.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate');
    }
  };
}
