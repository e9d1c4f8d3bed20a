/**
 * Languages of the elements' own text. Swedish ships inside each element; every other language,
 * English included, is a separate module per element, downloaded the first time an element shows it,
 * so a page in Swedish downloads no English or Arabic. A region adds a language of its own with
 * `registerLocale`.
 */

/** A language tag: the built-in `sv` (default), `en`, `ar`, `fi`, `so`, or one a region registered. */
export type Locale = 'sv' | 'en' | 'ar' | 'fi' | 'so' | (string & {});

/** What the elements need to know about a language besides its strings. */
export interface LocaleInfo {
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** The locale given to `Intl` for dates, times and numbers (Europe/Stockholm time regardless). */
  intl: string;
  /** False until a native speaker has reviewed the strings: the elements then say so (`locale-notes.ts`). */
  reviewed: boolean;
  /** Where a string missing from this language comes from. */
  fallback: 'sv' | 'en';
}

const locales = new Map<string, LocaleInfo>([
  ['sv', { dir: 'ltr', intl: 'sv-SE', reviewed: true, fallback: 'sv' }],
  ['en', { dir: 'ltr', intl: 'en-GB', reviewed: true, fallback: 'sv' }],
  // Western digits, as in 112, 1177 and the clinic's own signs and text messages
  ['ar', { dir: 'rtl', intl: 'ar-u-nu-latn', reviewed: false, fallback: 'sv' }],
  ['fi', { dir: 'ltr', intl: 'fi-FI', reviewed: false, fallback: 'sv' }],
  ['so', { dir: 'ltr', intl: 'so', reviewed: false, fallback: 'sv' }],
]);

/** The language tag as Nära knows it: `ar-SE` → `ar`, unknown languages → undefined. */
export function knownLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (locales.has(lower)) return lower;
  const language = lower.split('-')[0];
  return locales.has(language) ? language : undefined;
}

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && locales.has(value);

export function localeInfo(locale: Locale): LocaleInfo {
  return locales.get(locale) ?? locales.get('sv')!;
}

/** The `Intl` locale for a language. */
export const intlLocale = (locale: Locale): string => localeInfo(locale).intl;

/** Whether numbers are written with a decimal comma (1,5) in a language. */
export const usesDecimalComma = (locale: Locale): boolean => new Intl.NumberFormat(intlLocale(locale)).format(1.5).includes(',');

/** The language of the nearest `lang` attribute at or above `element`, across shadow roots. */
export function inheritedLocale(element: Node | null): Locale | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return knownLocale(node.getAttribute('lang'));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** Elements that want to hear when the document's language changes. */
const listeners = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

export function observeDocumentLang(element: { requestUpdate(): void }): () => void {
  listeners.add(element);
  observer ??= new MutationObserver(() => listeners.forEach((l) => l.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: false });
  return () => listeners.delete(element);
}

/** A module of one element's strings in one language. */
export type StringsModule<S> = { default: S };
export type Loader<S> = () => Promise<StringsModule<S>>;

/**
 * One element's strings in every language. Index it by locale (`strings[locale]`): a language that
 * is not loaded yet, or lacks a string, gives its fallback's; `loadLocale` loads it first.
 */
export type Strings<S> = Record<Locale, S> & { readonly [CATALOGUE]: Catalogue<S> };

const CATALOGUE = Symbol('nara-strings');

class Catalogue<S> {
  id = '';
  readonly loaders = new Map<string, Loader<S>>();
  private readonly loaded = new Map<string, S>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(sv: S) {
    this.loaded.set('sv', sv);
  }

  get(locale: Locale): S {
    return this.loaded.get(locale) ?? this.loaded.get(localeInfo(locale).fallback) ?? this.loaded.get('sv')!;
  }

  /** A region's strings for `locale`, used from the next render on. */
  replace(locale: Locale, loader: Loader<S>): void {
    this.loaders.set(locale, loader);
    this.loaded.delete(locale);
  }

  isReady(locale: Locale): boolean {
    return this.loaded.has(locale) || !this.loaders.has(locale);
  }

  load(locale: Locale): Promise<void> {
    if (this.isReady(locale)) return Promise.resolve();
    let pending = this.pending.get(locale);
    if (!pending) {
      const fallback = this.get(localeInfo(locale).fallback);
      pending = this.loaders
        .get(locale)!()
        .then(
          (module) => void this.loaded.set(locale, withFallback(module.default, fallback)),
          // a language that fails to load shows its fallback rather than nothing; a later render tries again
          (error) => console.warn(`Nära: the ${locale} strings of ${this.id} did not load`, error),
        )
        .finally(() => this.pending.delete(locale));
      this.pending.set(locale, pending);
    }
    return pending;
  }
}

/** `strings` with anything it lacks (a region's partial translation) taken from `fallback`. */
function withFallback<S>(strings: S, fallback: S): S {
  if (!isPlainObject(strings) || !isPlainObject(fallback)) return strings ?? fallback;
  const merged: Record<string, unknown> = { ...fallback };
  for (const [key, value] of Object.entries(strings)) {
    merged[key] = isPlainObject(value) && isPlainObject(fallback[key]) ? withFallback(value, fallback[key]) : value;
  }
  return merged as S;
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const catalogues = new Set<Catalogue<unknown>>();
const byId = new Map<string, Catalogue<unknown>>();

/** Strings for one element, in Swedish; other languages, English included, are added with `addTranslations`. */
export function defineStrings<S extends Record<string, unknown>>(sv: S): Strings<S> {
  const catalogue = new Catalogue<S>(sv);
  catalogues.add(catalogue as Catalogue<unknown>);
  return new Proxy({} as Strings<S>, {
    get: (_, key) => (key === CATALOGUE ? catalogue : typeof key === 'string' ? catalogue.get(key) : undefined),
  });
}

/**
 * Names an element's strings (`id`, the key a region registers its own language under) and gives the
 * modules of its other languages, each loaded the first time the element shows that language. Each
 * module's default export is typed against Swedish (`const ar: MyStrings = {...}`), so a missing or
 * misspelt string fails the build.
 */
export function addTranslations<S>(strings: Strings<S>, id: string, translations: Record<string, Loader<S>>): void {
  const catalogue = strings[CATALOGUE];
  catalogue.id = id;
  byId.set(id, catalogue as Catalogue<unknown>);
  for (const [locale, loader] of Object.entries(translations)) catalogue.loaders.set(locale, loader);
  for (const [locale, loader] of pendingRegistrations.get(id) ?? []) catalogue.replace(locale, loader as Loader<S>);
  pendingRegistrations.delete(id);
}

/** For tests and tools: an element's strings by language, including those not loaded yet. */
export function catalogueOf<S>(strings: Strings<S>): { id: string; sv: S; translated: string[]; load(locale: Locale): Promise<S> } {
  const catalogue = strings[CATALOGUE];
  return {
    id: catalogue.id,
    sv: catalogue.get('sv'),
    translated: [...catalogue.loaders.keys()],
    load: async (locale) => (await catalogue.loaders.get(locale)!()).default,
  };
}

/**
 * For tools (Storybook's every-string table and its `strings` overrides): every named catalogue on the
 * page, Swedish and English, English loaded first. These are the very objects the elements read, so a
 * change to one shows at the elements' next render.
 */
export async function stringCatalogues(): Promise<{ id: string; sv: Record<string, unknown>; en: Record<string, unknown> }[]> {
  await Promise.all([...byId.values()].map((c) => c.load('en')));
  return [...byId.values()].map((c) => ({ id: c.id, sv: c.get('sv') as Record<string, unknown>, en: c.get('en') as Record<string, unknown> }));
}

/** The strings of every element in `locale` are loaded (of the elements on the page so far). */
export function isLocaleReady(locale: Locale): boolean {
  for (const catalogue of catalogues) if (!catalogue.isReady(locale)) return false;
  return true;
}

/** Loads `locale`'s strings for every element on the page so far. */
export async function loadLocale(locale: Locale): Promise<void> {
  await Promise.all([...catalogues].map((c) => c.load(locale)));
}

/** Loaders given by `registerLocale` for elements whose strings are not defined yet. */
const pendingRegistrations = new Map<string, Map<string, Loader<unknown>>>();

/** For `registerLocale` (register-locale.ts): a language's direction, `Intl` locale, review and fallback. */
export function setLocaleInfo(locale: string, info: LocaleInfo): void {
  locales.set(locale, info);
}

/** For `registerLocale`: one element's strings in `locale`, now or when the element's strings are defined. */
export function setStringsLoader(id: string, locale: string, loader: Loader<unknown>): void {
  const catalogue = byId.get(id);
  if (catalogue) catalogue.replace(locale, loader);
  else {
    if (!pendingRegistrations.has(id)) pendingRegistrations.set(id, new Map());
    pendingRegistrations.get(id)!.set(locale, loader);
  }
}
