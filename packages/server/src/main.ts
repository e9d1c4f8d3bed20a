/**
 * The reference backend in Node: serves the HTTP contract under /v1, and the examples and built
 * bundles, so `npm start` shows the product working against a real server.
 */
import { createSite, listen, seedTestPerson } from './site.js';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const { site, api } = createSite({ corsOrigins: process.env.NARA_CORS_ORIGINS?.split(',') });
await seedTestPerson(api);

const server = await listen(site.fetch, port, host);
const shown = server.origin.replace('0.0.0.0', 'localhost');
console.log(`Nära reference server: ${shown}/`);
console.log(`  contact page:  ${shown}/examples/contact-page.html`);
console.log(`  regional app:  ${shown}/examples/regional-app/`);
console.log(`  API:           ${shown}/v1/clinics/vc-linden`);

const shutdown = () => {
  server.close().then(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
