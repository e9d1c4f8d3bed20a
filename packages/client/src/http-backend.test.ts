import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { HttpBackend } from './http-backend.js';
import { API, PATIENT_TOKEN, failures, resetOverrides, startBackend } from '../../../test/helpers/backend.js';

describe('HttpBackend', () => {
  let backend: HttpBackend;
  let use: Awaited<ReturnType<typeof startBackend>>['use'];

  before(async () => {
    ({ use } = await startBackend());
  });
  beforeEach(() => {
    backend = new HttpBackend({ baseUrl: API, getToken: () => PATIENT_TOKEN, timeout: 500, retries: 0 });
  });
  afterEach(() => resetOverrides());

  const failure = async (call: () => Promise<unknown>) => {
    try {
      await call();
    } catch (error) {
      return error as { name: string; code: string; status?: number; retryable: boolean };
    }
    throw new Error('expected the call to fail');
  };

  it('reads a clinic through the real server app, validated by the contract', async () => {
    const clinic = await backend.getClinic('vc-linden');
    expect(clinic.name).to.equal('Vårdcentralen Linden');
    expect(clinic.openingHours.some((h) => h.channel === 'chat' && h.profession === 'secretary')).to.be.true;
  });

  it('asks for backend text in the locale it is given', async () => {
    const en = new HttpBackend({ baseUrl: API, locale: () => 'en' });
    const clinic = await en.getClinic('vc-linden');
    expect(clinic.services.find((s) => s.id === 'book')?.title).to.equal('Book an appointment');
  });

  it('sends the bearer token from getToken', async () => {
    let seen: string | null = null;
    use(http.get(`${API}/v1/shortcuts`, ({ request }) => {
      seen = request.headers.get('Authorization');
      return HttpResponse.json({ shortcuts: [] });
    }));
    await backend.getShortcuts();
    expect(seen).to.equal(`Bearer ${PATIENT_TOKEN}`);
  });

  it('maps 401 to auth, from the real server when there is no token', async () => {
    const anonymous = new HttpBackend({ baseUrl: API, retries: 0 });
    const error = await failure(() => anonymous.getShortcuts());
    expect(error).to.include({ name: 'NaraError', code: 'auth', status: 401 });
  });

  it('maps 404 to not-found, from the real server', async () => {
    expect(await failure(() => backend.getClinic('no-such-clinic'))).to.include({ code: 'not-found', status: 404 });
  });

  it('maps 409 to conflict', async () => {
    use(failures.status('put', '/v1/shortcuts', 409, 'conflict'));
    expect(await failure(() => backend.saveShortcuts({ shortcuts: [] }))).to.include({ code: 'conflict', status: 409 });
  });

  it('maps 422 from the real server to invalid', async () => {
    const error = await failure(() => backend.saveShortcuts({ shortcuts: [{ clinic: 'vc-linden', serviceId: 'no-such-service' }] }));
    expect(error).to.include({ code: 'invalid', status: 422 });
  });

  it('maps 500 to server, and calls it retryable', async () => {
    use(failures.status('get', '/v1/clinics/vc-linden', 500, 'server'));
    const error = await failure(() => backend.getClinic('vc-linden'));
    expect(error).to.include({ code: 'server', status: 500, retryable: true });
  });

  it('maps a 502 without a problem body to unavailable', async () => {
    use(http.get(`${API}/v1/clinics/vc-linden`, () => new HttpResponse('Bad gateway', { status: 502 })));
    expect(await failure(() => backend.getClinic('vc-linden'))).to.include({ code: 'unavailable', status: 502 });
  });

  it('maps no answer in time to timeout', async () => {
    use(failures.hang('get', '/v1/clinics/vc-linden'));
    expect(await failure(() => backend.getClinic('vc-linden'))).to.include({ code: 'timeout' });
  });

  it('maps a dropped connection to network', async () => {
    use(failures.network('get', '/v1/clinics/vc-linden'));
    expect(await failure(() => backend.getClinic('vc-linden'))).to.include({ code: 'network' });
  });

  it('maps a body the contract rejects to contract', async () => {
    use(failures.garbage('get', '/v1/clinics/vc-linden'));
    expect(await failure(() => backend.getClinic('vc-linden'))).to.include({ code: 'contract' });
  });

  it('maps a body that is not JSON to contract', async () => {
    use(failures.notJson('get', '/v1/clinics/vc-linden'));
    expect(await failure(() => backend.getClinic('vc-linden'))).to.include({ code: 'contract' });
  });

  it('retries an idempotent call after a 503 and succeeds', async () => {
    let calls = 0;
    use(http.get(`${API}/v1/clinics/vc-linden`, () => {
      calls += 1;
      return calls === 1 ? new HttpResponse(null, { status: 503 }) : undefined;
    }));
    const retrying = new HttpBackend({ baseUrl: API, retries: 2 });
    const clinic = await retrying.getClinic('vc-linden');
    expect(clinic.id).to.equal('vc-linden');
    expect(calls).to.equal(2);
  });
});
