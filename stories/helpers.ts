import { http, HttpResponse, delay } from 'msw';

/** The base URL stories point elements at; msw answers it with the real server app. */
export const API = 'https://api.nara.example';

/** Skatteverket's test person, signed in for the stories. */
export const TEST_TOKEN = 'test:191212121212';

/** Backend scenarios a story can switch on. */
export const scenarios = {
  slow: (path: string) => http.all(`*${path}`, async () => void (await delay(2500))),
  failing: (path: string, status = 500, code = 'server') =>
    http.all(`*${path}`, () => HttpResponse.json({ title: 'Failure', status, code }, { status, headers: { 'Content-Type': 'application/problem+json' } })),
  garbage: (path: string) => http.all(`*${path}`, () => HttpResponse.json({ unexpected: true })),
  never: (path: string) => http.all(`*${path}`, async () => void (await delay('infinite'))),
  /** The request never reaches a server (offline, DNS, CORS). */
  offline: (path: string) => http.all(`*${path}`, () => HttpResponse.error()),
};
