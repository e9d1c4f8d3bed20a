import type { Context } from 'hono';

export interface CorsPolicy {
  /** Origins allowed for every clinic (e.g. the region's app). */
  origins?: string[];
  /** Origins allowed per clinic id (the care centre's own site that embeds Nära). */
  clinicOrigins?: Record<string, string[]>;
}

/** The clinic a request is about, when it names one (path `/clinics/:id` or `?clinic=`). */
function clinicOf(c: Context): string | undefined {
  const url = new URL(c.req.url);
  return /\/v1\/clinics\/([^/]+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('clinic') ?? undefined;
}

/**
 * Hono's `cors({ origin })` function for a policy: an origin is allowed when it is configured for
 * every clinic, or for the clinic the request names (or any clinic when it names none). With no
 * policy at all, any origin is allowed (development and the in-page demo).
 */
export function corsOrigin(policy: CorsPolicy): string | ((origin: string, c: Context) => string | null) {
  const global = new Set(policy.origins ?? []);
  // A Map, not the object: a clinic id comes from the URL, and `constructor` or `__proto__` must find nothing.
  const perClinic = new Map(Object.entries(policy.clinicOrigins ?? {}).map(([clinic, origins]) => [clinic, new Set(origins)]));
  if (global.size === 0 && perClinic.size === 0) return '*';
  const anyClinic = new Set([...perClinic.values()].flatMap((origins) => [...origins]));
  return (origin, c) => {
    if (global.has(origin)) return origin;
    const clinic = clinicOf(c);
    const allowed = clinic ? perClinic.get(clinic)?.has(origin) : anyClinic.has(origin);
    return allowed ? origin : null;
  };
}

/** Parses `NARA_CORS_ORIGINS`: `https://a.se,https://b.se` for all clinics, `vc-linden=https://x.se` for one. */
export function parseCorsOrigins(value: string | undefined): CorsPolicy {
  const policy: Required<CorsPolicy> = { origins: [], clinicOrigins: Object.create(null) as Record<string, string[]> };
  for (const item of (value ?? '').split(/[,\s]+/).filter(Boolean)) {
    const eq = item.indexOf('=');
    const [clinic, origin] = eq > 0 ? [item.slice(0, eq), item.slice(eq + 1)] : [undefined, item];
    const normalised = new URL(origin).origin;
    if (clinic) (Object.hasOwn(policy.clinicOrigins, clinic) ? policy.clinicOrigins[clinic] : (policy.clinicOrigins[clinic] = [])).push(normalised);
    else policy.origins.push(normalised);
  }
  return policy;
}
