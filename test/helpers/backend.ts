import { setupWorker, type SetupWorker } from 'msw/browser';
import { http, HttpResponse, delay, type RequestHandler } from 'msw';
import { serverHandlers, createApp, type AppOptions } from '@nara/demo/msw';

/** The base URL tests point elements at; msw answers it with the real server app. */
export const API = 'https://api.nara.test';

/** A test patient's token (Tolvan Tolvansson, Skatteverket's test personnummer). */
export const PATIENT_TOKEN = 'test:191212121212';

let worker: SetupWorker | undefined;

/**
 * Starts msw once per test file with a fresh server app, and returns it so a test can seed it or
 * override single calls (`use(...)`) to answer 401, 500, garbage, or never.
 */
export async function startBackend(options: AppOptions = {}): Promise<{ app: ReturnType<typeof createApp>; use: (...handlers: RequestHandler[]) => void }> {
  const app = createApp(options);
  if (!worker) {
    worker = setupWorker(...serverHandlers(app));
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  } else {
    worker.resetHandlers(...serverHandlers(app));
  }
  const w = worker;
  return { app, use: (...handlers) => w.use(...handlers) };
}

export function resetOverrides(): void {
  worker?.resetHandlers();
}

/** Canned failures, as a backend or network might produce them. */
export const failures = {
  status: (method: 'get' | 'put' | 'post', path: string, status: number, code: string) =>
    http[method](`${API}${path}`, () =>
      HttpResponse.json({ title: 'Failure', status, code, detail: `test ${status}` }, { status, headers: { 'Content-Type': 'application/problem+json' } }),
    ),
  garbage: (method: 'get' | 'put' | 'post', path: string) => http[method](`${API}${path}`, () => HttpResponse.json({ hello: 'not what you expected' })),
  notJson: (method: 'get' | 'put' | 'post', path: string) => http[method](`${API}${path}`, () => new HttpResponse('<html>oops</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })),
  network: (method: 'get' | 'put' | 'post', path: string) => http[method](`${API}${path}`, () => HttpResponse.error()),
  hang: (method: 'get' | 'put' | 'post', path: string) =>
    http[method](`${API}${path}`, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
};
