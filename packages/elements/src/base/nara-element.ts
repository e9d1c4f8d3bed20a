import type { NaraError } from '@nara/contract';
import { BackendElement } from './backend-element.js';
import { errorStrings } from './error-strings.js';
import { errorMessage, reportFailure } from './report-error.js';
import { signInStrings } from './sign-in-strings.js';
import { awaitingProvider } from './config-problem.js';

/**
 * What every Nära element that shows data from the backend shares: the backend, clinic and locale from
 * `nara-provider` or from its own attributes (so a single tag works alone), typed events, and one way
 * of reporting failures.
 */
export class NaraElement extends BackendElement {
  /** The button an error offers: "Logga in" when sign-in is what is missing and a sign-in page is known, else the retry. */
  protected errorAction(error: NaraError, retry?: () => void): { label: string; onRetry: () => void } | undefined {
    if (error.code === 'auth' && this.signInUrl) return { label: signInStrings[this.lang_].signIn, onRetry: () => this.signIn() };
    return retry ? { label: errorStrings[this.lang_].retry, onRetry: retry } : undefined;
  }

  private reportedConfig?: string;

  /**
   * What the element lacks to work, in words fit to show (an attribute the page did not set), or
   * undefined. Undefined, too, while a provider above is still loading. The element shows it; call
   * `reportConfig` from `updated` to fire `nara-error` with code `config` (once per problem).
   */
  protected configProblem(missing: string | undefined): string | undefined {
    if (!missing) return undefined;
    if (awaitingProvider(this)) {
      void customElements.whenDefined('nara-provider').then(() => this.requestUpdate());
      return undefined;
    }
    return missing;
  }

  /** Fires `nara-error` with code `config` for a problem `configProblem` found (once per problem). */
  protected reportConfig(problem: string | undefined): void {
    if (problem && problem !== this.reportedConfig) this.emit('nara-error', { code: 'config', message: problem });
    this.reportedConfig = problem;
  }

  /**
   * Reports a failure: fires `nara-error` (and `nara-auth-required` on 401, with a `retry`) and returns
   * the error with a message fit to show.
   */
  protected reportError(error: unknown, retry?: () => void): NaraError {
    return reportFailure(this, error, retry, (e) => this.errorMessage(e));
  }

  /** The message to show for an error, in the element's language. */
  protected errorMessage(error: NaraError): string {
    return errorMessage(this, error);
  }
}
