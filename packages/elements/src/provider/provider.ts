import { LitElement, css, html } from 'lit';
import { provide } from '@lit/context';
import { property } from 'lit/decorators.js';
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
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the backend that speaks the Nära HTTP contract. */
  @property() api?: string;

  /** The clinic (care centre) id. */
  @property() clinic?: string;

  /** `sv` (default), `en`, `ar`, `fi`, `so` or a language a region registered. Without it: the nearest `lang` attribute. */
  @property() locale?: Locale;

  /** Hide the note shown with translations a native speaker has not reviewed yet. */
  @property({ type: Boolean, attribute: 'no-translation-note' }) noTranslationNote = false;

  /** Use the in-page demo backend (no network); it is downloaded only when this is set. */
  @property({ type: Boolean }) demo = false;

  /** A backend object to use instead of `api` (any `CareBackend`). */
  @property({ attribute: false }) backend?: CareBackend;

  /**
   * The host's sign-in page (BankID / Freja eID), for sign-in without code: where sign-in is needed the
   * elements show "Logga in", which goes to this page with `return=<this page>`; the page sends the
   * browser back with `#nara-token=<bearer token>` (optionally `&nara-expires=<ISO time>`).
   */
  @property({ attribute: 'signin-url' }) signinUrl?: string;

  /**
   * Returns the signed-in person's bearer token, or null. The widget never sees credentials. Without it
   * (or when it returns null), the token the `signin-url` page handed back is used.
   */
  @property({ attribute: false }) getToken?: () => Promise<string | null> | string | null;

  @provide({ context: naraContext })
  protected config: NaraConfig = this.makeConfig();

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
    this.config = this.makeConfig();
  }

  override render() {
    return html`<slot></slot>`;
  }
}
