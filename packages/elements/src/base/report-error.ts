import { NaraError } from '@nara/contract/nara-error';
import { forgetSignIn } from './backend-of.js';
import type { LocalizedElement } from './localized-element.js';
import { errorStrings } from './error-strings.js';

/** The message to show for an error, in the element's language. */
export const errorMessage = (element: LocalizedElement, error: NaraError): string => errorStrings[element.lang_][error.code];

/**
 * Reports a failure of `element`: fires `nara-error` (and `nara-auth-required` on 401, with a `retry`)
 * and returns the error, whose message fit to show `errorMessage` gives.
 */
export function reportFailure(element: LocalizedElement, error: unknown, retry?: () => void, message = (e: NaraError) => errorMessage(element, e)): NaraError {
  const naraError = NaraError.is(error) ? error : new NaraError('network', String(error), { cause: error });
  if (naraError.code !== 'aborted') element.emit('nara-error', { code: naraError.code, message: message(naraError), status: naraError.status });
  if (naraError.code === 'auth') {
    // a token from the sign-in page that the backend refused is spent
    forgetSignIn();
    element.emit('nara-auth-required', { retry: retry ?? (() => {}) });
  }
  return naraError;
}
