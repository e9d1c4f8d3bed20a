/// <reference types="vite/client" />
import type { Locale } from '@nara/contract';
import { stringCatalogues } from '../packages/elements/src/base/locale.js';

/**
 * Every string catalogue of the elements (their `strings.ts` files, `defineStrings`), by the id they
 * are registered under (`care-journey`, `triage-result`, `sign-in`, `errors`…): a story can show them
 * all (sv and en side by side) and override any visible string for its duration. The catalogues come
 * from the elements' own registry (`stringCatalogues` in base/locale.ts), whose objects the elements
 * read, so an override shows at once, with no code of theirs.
 */
type Catalogue = { sv: Record<string, unknown>; en: Record<string, unknown> };

// every strings module, staff elements' too, is defined (and so registered) before the registry is read
import.meta.glob(['../packages/elements/src/*/strings.ts', '../packages/elements/src/*/*-strings.ts', '../packages/elements/src/base/care-words.ts'], { eager: true });

let loaded: Record<string, Catalogue> = {};
let loading: Promise<void> | undefined;

/**
 * Loads the catalogues' English (a module of its own, as every language but Swedish), once: the preview's
 * loaders await it before each story. Every strings module is imported above, so none is added later.
 */
export function loadCatalogues(): Promise<void> {
  return (loading ??= stringCatalogues().then((all) => void (loaded = Object.fromEntries(all.map(({ id, sv, en }) => [id, { sv, en }] as const)))));
}

/** `care-journey`, `triage-result`, `sign-in`, `errors`… → its Swedish and English strings (once `loadCatalogues` has run). */
export function catalogues(): Record<string, Catalogue> {
  return loaded;
}

/** A string as a designer reads it: a template's placeholders shown as {1}, {2}… */
export function readable(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') {
    try {
      return String(value(...Array.from({ length: value.length }, (_, i) => `{${i + 1}}`)));
    } catch {
      return '(text built from values)';
    }
  }
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([k, v]) => `${k}: ${readable(v)}`).join(' · ');
  return String(value);
}

/**
 * Overrides, keyed `element.key` (e.g. `care-journey.back`, `chat-panel.profession.nurse`), in
 * one language or both; answers a function that puts every original back.
 */
export function overrideStrings(overrides: Record<string, string> | undefined, locale: Locale | 'both' = 'both'): () => void {
  const undo: (() => void)[] = [];
  const all = catalogues();
  for (const [path, text] of Object.entries(overrides ?? {})) {
    const [element, ...keys] = path.split('.');
    const catalogue = element ? all[element] : undefined;
    if (!catalogue || keys.length === 0) continue;
    for (const lang of locale === 'both' ? (['sv', 'en'] as const) : [locale]) {
      let target = catalogue[lang as 'sv' | 'en'] as Record<string, unknown> | undefined;
      for (const key of keys.slice(0, -1)) target = target?.[key] as Record<string, unknown> | undefined;
      const last = keys.at(-1)!;
      if (!target || typeof target !== 'object' || !(last in target)) continue;
      const original = target[last];
      // a template keeps its values: "{1}" in the new text stands for the first
      target[last] = typeof original === 'function' ? (...values: unknown[]) => text.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i) - 1] ?? '')) : text;
      const at = target;
      undo.push(() => (at[last] = original));
    }
  }
  return () => undo.reverse().forEach((u) => u());
}
