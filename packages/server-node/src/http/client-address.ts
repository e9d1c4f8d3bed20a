/**
 * The client's address behind `trustedProxies` reverse proxies of your own. Each proxy appends the
 * address it was called from to `X-Forwarded-For`, so only the right-most `trustedProxies` entries
 * were written by someone you trust; everything left of them is whatever the client sent. The
 * client is therefore the `trustedProxies`-th entry from the right (never the client-written,
 * left-most one). Without trusted proxies, or without the header, the socket's address.
 */
export function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined, trustedProxies: number): string | undefined {
  if (trustedProxies <= 0 || !forwardedFor) return socketAddress;
  const hops = forwardedFor
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length === 0) return socketAddress;
  return hops[Math.max(0, hops.length - trustedProxies)];
}
