import { STATE_KEY, TOKEN_PARAM } from './sign-in-url.js';

/**
 * Sign-in without code: `signin-url` names the host's sign-in page (BankID / Freja eID). Nära sends
 * the browser there with `return=<this page>` and `state=<random>`; the page signs the person in and
 * sends the browser back to that address with `#nara-token=<bearer token>&nara-state=<the state>`
 * (optionally `&nara-expires=<ISO time>`). A token whose state is not the one this tab sent is
 * ignored: a link carrying someone else's token cannot sign the patient in as that person.
 * Nära takes the token out of the address at once and keeps it in this tab's `sessionStorage` until
 * it expires. The widget never sees credentials: only the token the host's page hands back.
 */

const TOKEN_KEY = 'nara-sign-in';
const EXPIRES_PARAM = 'nara-expires';
const STATE_PARAM = 'nara-state';

interface StoredToken {
  token: string;
  /** Epoch milliseconds; absent when the sign-in page gave no expiry and the token says none. */
  expiresAt?: number;
}

/** Whether a sign-in page handed a token back during this page's life. */
let returned = false;

/** The `exp` claim of a JWT, in epoch milliseconds, when the token is one. */
function jwtExpiry(token: string): number | undefined {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes a token the sign-in page handed back out of the address and stores it. Returns whether this
 * page was reached back from a sign-in page.
 */
export function captureSignInReturn(): boolean {
  const hash = location.hash.replace(/^#/, '');
  if (!hash.includes(TOKEN_PARAM)) return returned;
  const params = new URLSearchParams(hash);
  const token = params.get(TOKEN_PARAM);
  const expires = params.get(EXPIRES_PARAM);
  const state = params.get(STATE_PARAM);
  params.delete(TOKEN_PARAM);
  params.delete(EXPIRES_PARAM);
  params.delete(STATE_PARAM);
  // the token leaves the address bar and the history entry at once
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  // only the answer to the sign-in this tab started (once)
  if (!token || !state || state !== takeState()) return returned;
  const expiresAt = (expires && Date.parse(expires)) || jwtExpiry(token);
  try {
    sessionStorage.setItem(TOKEN_KEY, JSON.stringify({ token, ...(expiresAt ? { expiresAt } : {}) } satisfies StoredToken));
  } catch {
    memoryToken = { token, expiresAt: expiresAt || undefined };
  }
  returned = true;
  return true;
}

/** Where storage is blocked, the token lives as long as the page. */
let memoryToken: StoredToken | undefined;

/** The token the sign-in page handed back, while it is valid; null when the person is not signed in. */
export function signedInToken(): string | null {
  captureSignInReturn();
  let stored = memoryToken;
  try {
    const raw = sessionStorage.getItem(TOKEN_KEY);
    if (raw) stored = JSON.parse(raw) as StoredToken;
  } catch {
    /* storage blocked: the in-memory token, if any */
  }
  if (!stored || typeof stored.token !== 'string') return null;
  if (stored.expiresAt && stored.expiresAt <= Date.now() + 5_000) {
    forgetSignIn();
    return null;
  }
  return stored.token;
}

/** Forgets the token (it expired, or the backend refused it). */
export function forgetSignIn(): void {
  memoryToken = undefined;
  try {
    sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* nothing stored */
  }
}

/** The state this tab sent with its sign-in, removed as it is read. */
function takeState(): string | null {
  try {
    const state = sessionStorage.getItem(STATE_KEY);
    sessionStorage.removeItem(STATE_KEY);
    return state;
  } catch {
    return null;
  }
}

export { isSignInUrl, signInHref } from './sign-in-url.js';
