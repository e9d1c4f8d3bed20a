/// <reference types="vite/client" />
import type { Locale } from '@nara/contract';

/**
 * Every string catalogue of the elements (their `strings.ts` files, `defineStrings`), by element:
 * a story can show them all (sv and en side by side) and override any visible string for its
 * duration. The elements read the same objects, so an override shows at once, with no code of theirs.
 */
type Catalogue = Record<Locale, Record<string, unknown>>;

const modules = import.meta.glob<Record<string, unknown>>(['../packages/elements/src/*/strings.ts', '../packages/elements/src/base/*-strings.ts'], { eager: true });

const isCatalogue = (value: unknown): value is Catalogue =>
  typeof value === 'object' && value !== null && 'sv' in value && 'en' in value && typeof (value as Catalogue).sv === 'object';

/** `care-journey`, `triage-result`, `sign-in`, `error`… → its catalogue. */
export const catalogues: Record<string, Catalogue> = Object.fromEntries(
  Object.entries(modules).flatMap(([path, module]) => {
    const folder = path.split('/').at(-2)!;
    const file = path.split('/').at(-1)!.replace(/-?strings\.ts$/, '');
    const name = folder === 'base' ? file : folder;
    return Object.values(module)
      .filter(isCatalogue)
      .map((catalogue) => [name, catalogue] as const);
  }),
);

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
  for (const [path, text] of Object.entries(overrides ?? {})) {
    const [element, ...keys] = path.split('.');
    const catalogue = element ? catalogues[element] : undefined;
    if (!catalogue || keys.length === 0) continue;
    for (const lang of locale === 'both' ? (['sv', 'en'] as const) : [locale]) {
      let target = catalogue[lang] as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) target = (target?.[key] ?? undefined) as Record<string, unknown>;
      const last = keys.at(-1)!;
      if (!target || !(last in target)) continue;
      const original = target[last];
      // a template keeps its values: "{1}" in the new text stands for the first
      target[last] = typeof original === 'function' ? (...values: unknown[]) => text.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i) - 1] ?? '')) : text;
      const at = target;
      undo.push(() => (at[last] = original));
    }
  }
  return () => undo.reverse().forEach((u) => u());
}
