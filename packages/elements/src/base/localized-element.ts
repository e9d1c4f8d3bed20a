import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import type { Locale } from '@nara/contract';
import { naraContext, type NaraConfig } from './context.js';
import { inheritedLocale, isLocale, observeDocumentLang } from './locale.js';
import { define } from './define-element.js';

/**
 * The language of a Nära element: its own `locale`, else the provider's, else the nearest `lang`
 * attribute, following changes to the document's language. Elements that need no backend (the
 * triage result) extend this alone, so they stay small; the rest extend `NaraElement`.
 */
export class LocalizedElement extends LitElement {
  /**
   * The Nära elements this one renders, by tag: registered (unless a tag already is) when the first
   * instance is constructed, as Shoelace does, so an element's module has no side effects and only
   * `define.ts` files register. An element loaded later (a journey step, a chat form) is imported
   * from its `define.js` when it is needed instead.
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  constructor() {
    super();
    for (const [tag, element] of Object.entries((this.constructor as typeof LocalizedElement).dependencies)) define(tag, element);
  }

  /** `sv` (default) or `en`. Without it: the provider's, else the nearest `lang` attribute. */
  @property() locale?: Locale;

  /** The provider's configuration, when there is a provider above. */
  @consume({ context: naraContext, subscribe: true })
  @state()
  protected provided?: NaraConfig;

  private stopObservingLang?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopObservingLang = observeDocumentLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
  }

  /** The language in force. */
  get lang_(): Locale {
    if (isLocale(this.locale)) return this.locale;
    if (isLocale(this.provided?.locale)) return this.provided.locale;
    return inheritedLocale(this) ?? 'sv';
  }
}
