/**
 * The language a backend wrote its content in (reasons, questions, advice), when it differs from the
 * one asked for: a backend without Arabic answers in Swedish, and the elements say so. `HttpBackend`
 * records HTTP `Content-Language` on each object it returns; another `CareBackend` may do the same.
 */
const languages = new WeakMap<object, string>();

/** Records `language` on `value` (and on the arrays directly inside it) and returns `value`. */
export function markContentLanguage<T>(value: T, language: string | null | undefined): T {
  if (!language || typeof value !== 'object' || value === null) return value;
  const tag = language.split(',')[0].trim();
  languages.set(value, tag);
  for (const inner of Object.values(value)) if (Array.isArray(inner)) languages.set(inner, tag);
  return value;
}

/** The language `value` was written in: as recorded, or a FHIR resource's own `language`. */
export function contentLanguageOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const recorded = languages.get(value);
  if (recorded) return recorded;
  const own = (value as { language?: unknown }).language;
  return typeof own === 'string' ? own : undefined;
}
