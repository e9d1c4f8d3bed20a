import { expect } from '@open-wc/testing';
import { operations } from '@nara/contract/operations';
import { createApp } from '../app.js';

/**
 * The app answers exactly the calls of the contract (the OpenAPI document is generated from the
 * same list): none undocumented, none documented but missing — the staff side (/v1/staff) too. The API
 * documents themselves are not calls of the contract.
 */
describe('the app and the contract', () => {
  it('every route is an operation of the contract, and every operation a route', () => {
    const routes = new Set(
      createApp()
        .routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/v1/') && r.path !== '/v1/openapi.json')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`));
    expect([...routes].filter((r) => !documented.has(r)), 'routes missing from the contract').to.deep.equal([]);
    expect([...documented].filter((o) => !routes.has(o)), 'operations the app does not answer').to.deep.equal([]);
  });
});
