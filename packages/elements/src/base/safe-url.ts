/** The href to render for a URL from an author or a backend: only https, http and tel; anything else is dropped. */
export function safeHref(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return ['https:', 'http:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
