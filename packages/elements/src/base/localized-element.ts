import { LitElement, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { naraContext, type NaraConfig } from './context.js';
import { inheritedLocale, isLocale, isLocaleReady, loadLocale, localeInfo, observeDocumentLang, type Locale } from './locale.js';
import type { TranslationNote } from './translation-note.js';
import { define } from './define-element.js';
import type { NaraEventDetails, NaraEventName } from '../events.js';

/** The note about unreviewed translations, loaded with the first language that needs it (reviewed ones, Swedish and English, do not). */
let noteModule: typeof import('./translation-note.js') | undefined;
const loadNote = () => import('./translation-note.js').then((module) => void (noteModule = module));

/**
 * The language of a Nära element: its own `locale`, else the provider's, else the nearest `lang`
 * attribute, following changes to the document's language. The element renders once its strings
 * in that language are loaded, and carries `lang` and `dir` so text and layout follow the language.
 * Elements that need no backend (the triage result) extend this alone, so they stay small; the
 * questionnaire, which needs one only for attachments, extends `BackendElement`; the rest extend `NaraElement`.
 */
export class LocalizedElement extends LitElement {
  /**
   * Reactive properties are declared here rather than with Lit's decorators, in every element: the
   * decorators and their helper cost a patient's first page load about 1 KB gzip. Internal state says
   * `attribute: false` beside `state: true` so the custom-elements manifest lists no attribute for it.
   */
  static override properties: PropertyDeclarations = {
    locale: {},
    noTranslationNote: { type: Boolean, attribute: 'no-translation-note' },
    provided: { state: true, attribute: false },
  };
  /**
   * The Nära elements this one renders, by tag: registered (unless a tag already is) when the first
   * instance is constructed, as Shoelace does, so an element's module has no side effects and only
   * `define.ts` files register. An element loaded later (a journey step, a chat form) is imported
   * from its `define.js` when it is needed instead.
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  /** `sv` (default), `en`, `ar`, `fi`, `so` or a language a region registered. Without it: the provider's, else the nearest `lang` attribute. */
  locale?: Locale;

  /** Hide the note shown with translations a native speaker has not reviewed yet. */
  noTranslationNote = false;

  /** The provider's configuration, when there is a provider above. */
  protected provided?: NaraConfig;

  private stopObservingLang?: () => void;
  /** The `lang` and `dir` this element set on itself (an author's own are left alone). */
  private setAttrs: { lang?: string; dir?: string } = {};
  private translationNote?: TranslationNote;

  constructor() {
    super();
    new ContextConsumer(this, { context: naraContext, subscribe: true, callback: (config) => (this.provided = config) });
    for (const [tag, element] of Object.entries((this.constructor as typeof LocalizedElement).dependencies)) define(tag, element);
    // a controller, so subclasses' own willUpdate and updated need not call super
    this.addController({
      hostUpdate: () => {
        const locale = this.lang_;
        this.ownAttribute('lang', locale);
        this.ownAttribute('dir', localeInfo(locale).dir);
      },
      hostUpdated: () => {
        // a note shown once keeps following the language (and hides in a reviewed one)
        if (noteModule && (this.translationNote || !localeInfo(this.lang_).reviewed)) (this.translationNote ??= new noteModule.TranslationNote(this)).update(this.lang_);
      },
    });
  }

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
    const ownLang = this.getAttribute('lang');
    const from = ownLang !== null && ownLang !== this.setAttrs.lang ? this : this.parentNode ?? (this.getRootNode() as ShadowRoot).host;
    return inheritedLocale(from ?? null) ?? 'sv';
  }

  /** Whether the note about an unreviewed translation shows (when the language has one). */
  get showsTranslationNote(): boolean {
    return !this.noTranslationNote && this.provided?.translationNote !== false;
  }

  /** Renders only once the strings of the language in force are here (a language is one small module per element). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.lang_;
    // Swedish (and a language already loaded) renders at once, as any Lit element does
    const note = !noteModule && !localeInfo(locale).reviewed;
    if (isLocaleReady(locale) && !note) return super.scheduleUpdate();
    return Promise.all([loadLocale(locale), note && loadNote().catch((error) => console.warn('Nära: the translation note did not load', error))]).then(() => super.scheduleUpdate());
  }

  /** Fires a typed, composed `nara-*` event. */
  emit<K extends NaraEventName>(name: K, detail: NaraEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable }));
  }

  /** Sets `lang`/`dir` on the element unless the author set it. */
  private ownAttribute(name: 'lang' | 'dir', value: string): void {
    const current = this.getAttribute(name);
    if (current !== null && current !== this.setAttrs[name]) return;
    if (current !== value) this.setAttribute(name, value);
    this.setAttrs[name] = value;
  }
}
