import type { PropertyDeclarations } from 'lit';
import type { CareBackend } from '@nara/contract';
import { BackendCache } from './backend-source.js';
import { backendOf } from './backend-of.js';
import { LocalizedElement } from './localized-element.js';
import { isSignInUrl, signInHref } from './sign-in-url.js';
import { DEMO_CLINIC } from './demo-clinic.js';

export { forgetSignIn } from './backend-of.js';

const ids = new WeakMap<object, number>();
let lastId = 0;
/** A number per backend object, so a new one given to an element counts as a change of source. */
function objectId(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++lastId));
  return id;
}

/**
 * An element that talks to a backend now and then: the backend, clinic and sign-in page from
 * `nara-provider` or from its own attributes (so a single tag works alone), and typed events. Its
 * failures are reported with `reportFailure` (`report-error.ts`), loaded with whatever needs it; the
 * questionnaire, which needs a backend only to send attachments, extends this. The rest extend
 * `NaraElement`, which reports failures itself.
 */
export class BackendElement extends LocalizedElement {
  static override properties: PropertyDeclarations = {
    api: {},
    clinic: {},
    demo: { type: Boolean },
    backend: { attribute: false },
    signinUrl: { attribute: 'signin-url' },
  };
  /** Base URL of the backend, when the element is used without a provider. */
  api?: string;

  /** The clinic (care centre) id, when the element is used without a provider. */
  clinic?: string;

  /** Use the in-page demo backend (no network). */
  demo = false;

  /** A backend object to use instead of `api`/`demo` (any `CareBackend`). */
  backend?: CareBackend;

  /**
   * The host's sign-in page (BankID / Freja eID). Where sign-in is needed the element shows a
   * "Logga in" button that goes there with `return=<this page>`; the page sends the browser back with
   * `#nara-token=<token>`. Without it (and without the provider's), hosts answer `nara-auth-required`.
   */
  signinUrl?: string;

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

  /** The clinic in force: the element's own, else the provider's, else (with `demo`) the demo backend's clinic. */
  get clinicId(): string | undefined {
    return this.clinic || this.provided?.clinic || (this.demo ? DEMO_CLINIC : undefined);
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
    return backendOf({ backend: this.backend, api: this.api, demo: this.demo, locale: () => this.lang_, provided: this.provided }, this.backends);
  }
}
