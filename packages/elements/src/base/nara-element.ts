import { property } from 'lit/decorators.js';
import { NaraError, type CareBackend } from '@nara/contract';
import { BackendCache } from './backend-source.js';
import { LocalizedElement } from './localized-element.js';
import { errorStrings } from './error-strings.js';
import { isSignInUrl, signInHref } from './sign-in-url.js';
import { signInStrings } from './sign-in-strings.js';
import { DEMO_CLINIC } from './demo-clinic.js';
import { awaitingProvider } from './config-problem.js';
import type { NaraEventDetails, NaraEventName } from '../events.js';

/**
 * The token the sign-in page handed back (`sign-in.ts`), loaded with the element's first request to a
 * backend: an element that never talks to one does not carry it.
 */
let signInModule: typeof import('./sign-in.js') | undefined;
const loadSignIn = () => import('./sign-in.js').then((module) => (signInModule = module));
const signedInToken = () => (signInModule ? signInModule.signedInToken() : loadSignIn().then((module) => module.signedInToken()));

const ids = new WeakMap<object, number>();
let lastId = 0;
/** A number per backend object, so a new one given to an element counts as a change of source. */
function objectId(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++lastId));
  return id;
}

/**
 * What every Nära element shares: the backend, clinic and locale from `nara-provider` or from its own
 * attributes (so a single tag works alone), typed events, and one way of reporting failures.
 */
export class NaraElement extends LocalizedElement {
  /** Base URL of the backend, when the element is used without a provider. */
  @property() api?: string;

  /** The clinic (care centre) id, when the element is used without a provider. */
  @property() clinic?: string;

  /** Use the in-page demo backend (no network). */
  @property({ type: Boolean }) demo = false;

  /** A backend object to use instead of `api`/`demo` (any `CareBackend`). */
  @property({ attribute: false }) backend?: CareBackend;

  /**
   * The host's sign-in page (BankID / Freja eID). Where sign-in is needed the element shows a
   * "Logga in" button that goes there with `return=<this page>`; the page sends the browser back with
   * `#nara-token=<token>`. Without it (and without the provider's), hosts answer `nara-auth-required`.
   */
  @property({ attribute: 'signin-url' }) signinUrl?: string;

  private readonly backends = new BackendCache();

  /** The sign-in page in force: the element's own, else the provider's. */
  get signInUrl(): string | undefined {
    const url = this.signinUrl ?? this.provided?.signInUrl;
    return isSignInUrl(url) ? url : undefined;
  }

  /**
   * Goes to the sign-in page. Fires a cancelable `nara-sign-in` first (the journey keeps its place
   * with it; a host may cancel it and sign in its own way, then call the `retry` it got).
   */
  signIn(): void {
    const url = this.signInUrl;
    if (!url) return;
    const href = signInHref(url);
    if (this.emit('nara-sign-in', { url: href }, { cancelable: true })) location.assign(href);
  }

  /** The button an error offers: "Logga in" when sign-in is what is missing and a sign-in page is known, else the retry. */
  protected errorAction(error: NaraError, retry?: () => void): { label: string; onRetry: () => void } | undefined {
    if (error.code === 'auth' && this.signInUrl) return { label: signInStrings[this.lang_].signIn, onRetry: () => this.signIn() };
    return retry ? { label: errorStrings[this.lang_].retry, onRetry: retry } : undefined;
  }

  /** The clinic in force: the element's own, else the provider's, else (with `demo`) the demo backend's clinic. */
  get clinicId(): string | undefined {
    return this.clinic || this.provided?.clinic || (this.demo ? DEMO_CLINIC : undefined);
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
   * Changes whenever where the element's data comes from changes: the backend (`api`, `demo`,
   * `backend`, a provider arriving), the clinic, or the language backend text is asked for in.
   */
  get sourceKey(): string {
    return `${this.api}|${this.demo}|${this.backend ? objectId(this.backend) : ''}|${this.provided ? 'p' : ''}|${this.clinicId}|${this.lang_}`;
  }

  /** The backend in force: the element's own when it has `backend`, `api` or `demo`, else the provider's. */
  protected getBackend(): Promise<CareBackend> {
    if (this.backend || this.api || this.demo || !this.provided) {
      return this.backends.get({ backend: this.backend, api: this.api, demo: this.demo, locale: () => this.lang_, getToken: signedInToken });
    }
    return this.provided.backend();
  }

  /** Fires a typed, composed `nara-*` event. */
  emit<K extends NaraEventName>(name: K, detail: NaraEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable }));
  }

  /**
   * Reports a failure: fires `nara-error` (and `nara-auth-required` on 401, with a `retry`) and returns
   * the error with a message fit to show.
   */
  protected reportError(error: unknown, retry?: () => void): NaraError {
    const naraError = NaraError.is(error) ? error : new NaraError('network', String(error), { cause: error });
    const message = this.errorMessage(naraError);
    if (naraError.code !== 'aborted') this.emit('nara-error', { code: naraError.code, message, status: naraError.status });
    if (naraError.code === 'auth') {
      // a token from the sign-in page that the backend refused is spent
      if (signInModule) signInModule.forgetSignIn();
      else void loadSignIn().then((module) => module.forgetSignIn());
      this.emit('nara-auth-required', { retry: retry ?? (() => {}) });
    }
    return naraError;
  }

  /** The message to show for an error, in the element's language. */
  protected errorMessage(error: NaraError): string {
    return errorStrings[this.lang_][error.code];
  }
}
