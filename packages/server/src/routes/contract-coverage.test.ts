import { expect } from '@open-wc/testing';
import { operations } from '@nara/contract/operations';
import { createApp } from '../app.js';

/**
 * The app answers exactly the calls of the contract (the OpenAPI document is generated from the
 * same list): none undocumented, none documented but missing. The staff side (/v1/staff, the
 * server's own, README) and the API documents themselves are not patient-facing calls.
 */
describe('the app and the contract', () => {
  it('every patient-facing route is an operation of the contract, and every operation a route', () => {
    const routes = new Set(
      createApp()
        .routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/v1/') && !r.path.startsWith('/v1/staff/') && r.path !== '/v1/openapi.json')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`));
    expect([...routes].filter((r) => !documented.has(r)), 'routes missing from the contract').to.deep.equal([]);
    expect([...documented].filter((o) => !routes.has(o)), 'operations the app does not answer').to.deep.equal([]);
  });
});
