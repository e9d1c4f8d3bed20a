import { readConfig } from '@nara/server-node/config';
import { createSite, type Site } from '@nara/server-node/site';

/**
 * The site as `npm start` builds it (examples, bundles, the TEST sign-in, the test person seeded),
 * on the in-memory store, quiet, with rate limits out of the way of a browser test.
 */
export function exampleSite(): Promise<Site> {
  return createSite(
    readConfig({
      NARA_STORE: 'memory',
      NARA_TEST_SIGNIN: '1',
      NARA_SERVE_EXAMPLES: '1',
      NARA_REQUEST_LOG: '0',
      NARA_RATE_LIMIT_TOKEN: '100000/100000',
      NARA_RATE_LIMIT_ADDRESS: '100000/100000',
    }),
  );
}
