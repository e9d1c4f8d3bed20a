/** Registers a tag unless it already is (two bundles on one page must coexist). */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
