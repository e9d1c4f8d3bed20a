import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import type { CareBackend } from '@nara/contract';
import { naraContext, type NaraConfig } from '../base/context.js';
import { BackendCache } from '../base/backend-source.js';
import { signedInToken } from '../base/backend-of.js';
import { DEMO_CLINIC } from '../base/demo-clinic.js';
import { inheritedLocale, isLocale, type Locale } from '../base/locale.js';
import { isSignInUrl } from '../base/sign-in-url.js';

/**
 * @tagname nara-provider
 * @summary Gives every Nära element inside it the backend, clinic, locale and sign-in.
 *
 * @slot - The elements (and any other content) that share this configuration.
 *
 * Reaches through shadow roots: an element nested inside another element's shadow DOM still finds it.
 */
export class NaraProvider extends LitElement {
  static override properties: PropertyDeclarations = {
    api: {},
    clinic: {},
    locale: {},
    noTranslationNote: { type: Boolean, attribute: 'no-translation-note' },
    demo: { type: Boolean },
    backend: { attribute: false },
    signinUrl: { attribute: 'signin-url' },
    getToken: { attribute: false },
  };
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the backend that speaks the Nära HTTP contract. */
  api?: string;

  /** The clinic (care centre) id. */
  clinic?: string;

  /** `sv` (default), `en`, `ar`, `fi`, `so` or a language a region registered. Without it: the nearest `lang` attribute. */
  locale?: Locale;

  /** Hide the note shown with translations a native speaker has not reviewed yet. */
  noTranslationNote = false;

  /** Use the in-page demo backend (no network); it is downloaded only when this is set. */
  demo = false;

  /** A backend object to use instead of `api` (any `CareBackend`). */
  backend?: CareBackend;

  /**
   * The host's sign-in page (BankID / Freja eID), for sign-in without code: where sign-in is needed the
   * elements show "Logga in", which goes to this page with `return=<this page>`; the page sends the
   * browser back with `#nara-token=<bearer token>` (optionally `&nara-expires=<ISO time>`).
   */
  signinUrl?: string;

  /**
   * Returns the signed-in person's bearer token, or null. The widget never sees credentials. Without it
   * (or when it returns null), the token the `signin-url` page handed back is used.
   */
  getToken?: () => Promise<string | null> | string | null;

  /** What the elements below read (base/context.ts). */
  private readonly config = new ContextProvider(this, { context: naraContext, initialValue: this.makeConfig() });

  private readonly backends = new BackendCache();
  private readonly token = async () => (await this.getToken?.()) ?? signedInToken();

  private get effectiveLocale(): Locale {
    return isLocale(this.locale) ? this.locale : (inheritedLocale(this.parentElement ?? this) ?? 'sv');
  }

  private makeConfig(): NaraConfig {
    return {
      clinic: this.clinic || (this.demo ? DEMO_CLINIC : undefined),
      locale: this.effectiveLocale,
      ...(isSignInUrl(this.signinUrl) ? { signInUrl: this.signinUrl } : {}),
      token: this.token,
      translationNote: !this.noTranslationNote,
      backend: () =>
        this.backends.get({
          api: this.api,
          demo: this.demo,
          backend: this.backend,
          getToken: this.token,
          locale: () => this.effectiveLocale,
        }),
    };
  }

  override willUpdate(): void {
    // a new object, so every consumer re-renders with the new configuration
    this.config.setValue(this.makeConfig());
  }

  override render() {
    return html`<slot></slot>`;
  }
}
