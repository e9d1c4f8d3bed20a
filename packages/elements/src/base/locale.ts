import type { Locale } from '@nara/contract';

export const isLocale = (value: unknown): value is Locale => value === 'sv' || value === 'en';

/** The language of the nearest `lang` attribute above the element, across shadow roots. */
export function inheritedLocale(element: Element): Locale | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')!.toLowerCase();
      return lang.startsWith('en') ? 'en' : lang.startsWith('sv') ? 'sv' : undefined;
    }
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

/** Strings for one element: English must have exactly the keys Swedish has. */
export function defineStrings<S extends Record<string, unknown>>(sv: S, en: { [K in keyof S]: S[K] }): Record<Locale, S> {
  return { sv, en: en as S };
}
