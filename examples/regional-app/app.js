// A regional app embedding Nära as ES modules: its own sign-in, its own backend object, events, theme
// (app.css) and language. Plain JavaScript, no build step; under a strict CSP it needs nothing inline.
import '../../dist/cdn/nara-all.js'; // registers every element
import { HttpBackend } from '../../dist/cdn/client.js'; // the HTTP contract client, for a backend of our own

const provider = document.getElementById('nara');
const notice = document.getElementById('notice');
const calls = document.getElementById('calls');

const text = {
  sv: {
    title: 'Min vård',
    signedOut: 'Inte inloggad',
    signedIn: 'Inloggad som Tolvan Tolvansson (test)',
    signIn: 'Logga in (test)',
    signOut: 'Logga ut',
    signInNeeded: 'Logga in för att se dina genvägar.',
    signInFailed: 'Inloggningen misslyckades. Servern behöver TEST-inloggningen (npm start).',
    calls: 'Anrop till vårdens server',
  },
  en: {
    title: 'My care',
    signedOut: 'Not signed in',
    signedIn: 'Signed in as Tolvan Tolvansson (test)',
    signIn: 'Sign in (test)',
    signOut: 'Sign out',
    signInNeeded: 'Sign in to see your shortcuts.',
    signInFailed: 'Sign-in failed. The server needs its TEST sign-in (npm start).',
    calls: 'Calls to the care server',
  },
};
let locale = 'sv';

// ---- Sign-in. TEST ONLY: a real app signs the person in with BankID or Freja eID on its own server
// and keeps a short-lived token in memory. Nära never sees credentials, only the token. Here the
// reference server's TEST sign-in (on under `npm start`, NARA_TEST_SIGNIN=1) issues a signed,
// short-lived token for Skatteverket's test person, Tolvan Tolvansson.
let token = null;
let pendingRetry = null;
provider.getToken = () => token;

async function signIn() {
  const response = await fetch(new URL('/v1/test-auth/token', location.href), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ personnummer: '19121212-1212' }),
  });
  if (!response.ok) {
    show(text[locale].signInFailed);
    return;
  }
  token = (await response.json()).token;
  render();
  const retry = pendingRetry;
  pendingRetry = null;
  retry?.(); // the call that answered 401 is made again, now with the token
}
function signOut() {
  token = null;
  render();
  location.reload();
}

// ---- A backend of the region's own: the HTTP contract client, with the app's version on every
// request (a header the region's gateway may require) and every call logged. Any object that
// implements CareBackend works; this one extends HttpBackend, so it has every method.
class RegionBackend extends HttpBackend {
  constructor(options) {
    super({
      ...options,
      fetch: async (request) => {
        request.headers.set('X-App-Version', 'min-vard/1.4.0');
        const started = performance.now();
        try {
          const response = await fetch(request);
          logCall(request, `${response.status}`, started);
          return response;
        } catch (error) {
          logCall(request, 'network error', started);
          throw error;
        }
      },
    });
  }
}

function logCall(request, outcome, started) {
  const item = document.createElement('li');
  const url = new URL(request.url);
  item.textContent = `${request.method} ${url.pathname}${url.search} → ${outcome} (${Math.round(performance.now() - started)} ms, ${request.headers.get('Authorization') ? 'with' : 'without'} token)`;
  calls.append(item);
}

provider.backend = new RegionBackend({
  baseUrl: new URL('/', location.href).href,
  getToken: () => token,
  locale: () => locale,
});

// ---- Events from every Nära element inside the provider (they bubble and cross shadow roots).
provider.addEventListener('nara-auth-required', (event) => {
  pendingRetry = event.detail.retry;
  show(text[locale].signInNeeded);
  document.getElementById('sign-in').focus();
});
provider.addEventListener('nara-error', (event) => {
  // `message` is written for the patient, in the element's language; the element shows it too.
  // The app decides what else to do by `code` (see docs/guide.md, "Errors").
  if (event.detail.code === 'auth') return; // handled by nara-auth-required
  console.warn(`Nära: ${event.detail.code}`, event.detail.message);
});
provider.addEventListener('nara-shortcut', (event) => {
  // a tile without a link: the app navigates itself
  show(`${event.detail.heading}`);
});
provider.addEventListener('nara-booked', (event) => {
  // the app may add the time to its own calendar view, send a reminder, …
  console.info('Nära: booked', event.detail.booking.id);
});
provider.addEventListener('nara-shortcuts-change', (event) => {
  console.info(`Nära: ${event.detail.shortcuts.length} shortcuts saved`);
});
// events added as the journey grows; listening costs nothing when they never fire
for (const name of [
  'nara-change', 'nara-submit', 'nara-cancel', 'nara-assessment', 'nara-emergency', 'nara-action',
  'nara-booking-changed', 'nara-booking-cancelled',
  'nara-conversation', 'nara-message-sent', 'nara-chat-closed',
]) {
  provider.addEventListener(name, (event) => console.info(`Nära: ${name}`, event.detail));
}

function show(message) {
  notice.textContent = message;
  notice.hidden = !message;
}

// ---- Language: the provider's `locale` (Nära's strings, and Accept-Language for backend text).
for (const button of document.querySelectorAll('[data-locale]')) {
  button.addEventListener('click', () => {
    locale = button.dataset.locale;
    document.documentElement.lang = locale;
    provider.locale = locale;
    render();
  });
}

function render() {
  const t = text[locale];
  document.title = `${t.title} – Region Sörmland`;
  document.getElementById('title').textContent = t.title;
  document.getElementById('who').textContent = token ? t.signedIn : t.signedOut;
  document.getElementById('sign-in').textContent = t.signIn;
  document.getElementById('sign-out').textContent = t.signOut;
  document.getElementById('sign-in').hidden = Boolean(token);
  document.getElementById('sign-out').hidden = !token;
  document.querySelector('.backend-log summary').textContent = t.calls;
  for (const button of document.querySelectorAll('[data-locale]')) button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  if (token) show('');
}

document.getElementById('sign-in').addEventListener('click', signIn);
document.getElementById('sign-out').addEventListener('click', signOut);
render();
