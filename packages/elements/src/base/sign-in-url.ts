/** The sign-in page itself (which page, and the way there): small, as every element with a "Logga in" button needs it at once. */

export const TOKEN_PARAM = 'nara-token';
export const STATE_KEY = 'nara-sign-in-state';

/** The sign-in page's address with `return` (this page, without any token) and a fresh `state`. */
export function signInHref(signInUrl: string): string {
  const target = new URL(signInUrl, document.baseURI);
  const back = new URL(location.href);
  back.hash = back.hash.replace(new RegExp(`[#&]?${TOKEN_PARAM}=[^&]*`), '');
  const state = crypto.randomUUID();
  try {
    sessionStorage.setItem(STATE_KEY, state);
  } catch {
    /* storage blocked: the answer cannot be matched, so it is refused */
  }
  target.searchParams.set('return', back.href);
  target.searchParams.set('state', state);
  return target.href;
}

/** Only an http(s) sign-in page is followed. */
export function isSignInUrl(value: string | undefined): value is string {
  if (!value) return false;
  try {
    return ['https:', 'http:'].includes(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}
