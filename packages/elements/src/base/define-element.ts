/**
 * Registers a tag unless it already is: two bundles on one page must coexist, so an existing tag is
 * left alone (whichever bundle came first keeps it). A constructor already registered under another
 * name is registered again as a subclass, which is what `customElements.define` allows. Never throws
 * for either case; an invalid tag name is a programming error and still throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  if (customElements.getName?.(element)) {
    customElements.define(tag, class extends element {});
    return;
  }
  customElements.define(tag, element);
}
