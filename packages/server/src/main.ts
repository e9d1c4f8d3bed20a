/**
 * The reference backend in Node: serves the HTTP contract under /v1, and the examples and built
 * bundles, so `npm start` shows the product working against a real server.
 */
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const api = createApp({ corsOrigins: process.env.NARA_CORS_ORIGINS?.split(',') });
// The test person starts with a few shortcuts, so the contact page shows tiles from the backend at once.
await api.context.shortcuts.save(
  '191212121212',
  { shortcuts: ['contact', 'book', 'renew-prescription', 'test-results'].map((serviceId) => ({ clinic: 'vc-linden', serviceId })) },
  'sv',
);

const site = new Hono();
site.route('/', api);
site.get('/', (c) => c.redirect('/examples/contact-page.html'));
site.use('/examples/*', serveStatic({ root: './' }));
site.use('/dist/*', serveStatic({ root: './' }));

const server = serve({ fetch: site.fetch, port, hostname: host }, (info) => {
  console.log(`Nära reference server: http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}/`);
  console.log(`  contact page:  http://localhost:${info.port}/examples/contact-page.html`);
  console.log(`  API:           http://localhost:${info.port}/v1/clinics/vc-linden`);
});

const shutdown = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
