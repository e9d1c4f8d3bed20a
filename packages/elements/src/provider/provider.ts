import { LitElement, css, html } from 'lit';
import { provide } from '@lit/context';
import { property } from 'lit/decorators.js';
import type { CareBackend } from '@nara/contract';
import { naraContext, type NaraConfig } from '../base/context.js';
import { BackendCache } from '../base/backend-source.js';
import { inheritedLocale, isLocale, type Locale } from '../base/locale.js';

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

  /** Returns the signed-in person's bearer token, or null. The widget never sees credentials. */
  @property({ attribute: false }) getToken?: () => Promise<string | null> | string | null;

  @provide({ context: naraContext })
  protected config: NaraConfig = this.makeConfig();

  private readonly backends = new BackendCache();

  private get effectiveLocale(): Locale {
    return isLocale(this.locale) ? this.locale : (inheritedLocale(this.parentElement ?? this) ?? 'sv');
  }

  private makeConfig(): NaraConfig {
    return {
      clinic: this.clinic,
      locale: this.effectiveLocale,
      translationNote: !this.noTranslationNote,
      backend: () =>
        this.backends.get({
          api: this.api,
          demo: this.demo,
          backend: this.backend,
          getToken: () => this.getToken?.() ?? null,
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
