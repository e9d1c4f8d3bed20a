import type { Context, MiddlewareHandler } from 'hono';
import type { Authenticator } from './auth.js';
import { HttpProblem } from './problem.js';

export interface BucketSize {
  /** Requests allowed in a burst. */
  burst: number;
  /** Requests per second refilled. */
  perSecond: number;
}

/** Token buckets kept in memory, one per key; the oldest are forgotten past `maxKeys`. */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly size: BucketSize,
    private readonly maxKeys = 50_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Takes one token for `key`: 0 when allowed, else the seconds until one is available. */
  take(key: string): number {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(this.size.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.size.perSecond);
      bucket.at = now;
      this.buckets.delete(key); // re-insert: the Map's order is then least recently used first
    } else {
      bucket = { tokens: this.size.burst, at: now };
    }
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.size.perSecond);
  }
}

export interface RateLimitOptions {
  /** Per signed-in person: keyed on the verified subject, not on how the token is spelled. */
  perToken?: BucketSize;
  /** Requests without a valid token, per address: stricter than signed-in ones. */
  perAnonymous?: BucketSize;
  /** Verifies a bearer token (the app's own authenticator); without it the token text is the key. */
  authenticate?: Authenticator;
  /** Per client address (needs `addressOf`). */
  perAddress?: BucketSize;
  /** The client's address, e.g. from the socket; undefined when unknown. */
  addressOf?: (c: Context) => string | undefined;
}

/** Answers 429 (problem+json, `Retry-After`) when a token or an address sends faster than allowed. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const byToken = options.perToken ? new TokenBuckets(options.perToken) : undefined;
  const byAddress = options.perAddress ? new TokenBuckets(options.perAddress) : undefined;
  const anonymous = options.perAnonymous ? new TokenBuckets(options.perAnonymous) : undefined;
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const token = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    const address = options.addressOf?.(c);
    // The verified subject keys a signed-in person's bucket: another spelling of the same token, or
    // another token of the same person, draws from the same one.
    const person = token && options.authenticate ? await options.authenticate(token).catch(() => null) : null;
    const subject = person ? `${person.kind}:${person.id}` : token && !options.authenticate ? token : undefined;
    const wait = Math.max(
      subject && byToken ? byToken.take(subject) : 0,
      !subject && address && anonymous ? anonymous.take(address) : 0,
      address && byAddress ? byAddress.take(address) : 0,
    );
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      throw new HttpProblem(429, 'rate-limited', `Too many requests; try again in ${wait} s`);
    }
    await next();
  };
}
