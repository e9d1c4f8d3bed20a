import type { Context, MiddlewareHandler } from 'hono';
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
  /** Per bearer token. */
  perToken?: BucketSize;
  /** Per client address (needs `addressOf`). */
  perAddress?: BucketSize;
  /** The client's address, e.g. from the socket; undefined when unknown. */
  addressOf?: (c: Context) => string | undefined;
}

/** Answers 429 (problem+json, `Retry-After`) when a token or an address sends faster than allowed. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const byToken = options.perToken ? new TokenBuckets(options.perToken) : undefined;
  const byAddress = options.perAddress ? new TokenBuckets(options.perAddress) : undefined;
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const token = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    const address = options.addressOf?.(c);
    // The signature part keys a JWT; short test tokens are used whole.
    const wait = Math.max(
      token && byToken ? byToken.take(token.slice(-64)) : 0,
      address && byAddress ? byAddress.take(address) : 0,
    );
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      throw new HttpProblem(429, 'rate-limited', `Too many requests; try again in ${wait} s`);
    }
    await next();
  };
}
