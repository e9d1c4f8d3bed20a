/**
 * True while the element sits inside a `<nara-provider>` that is not registered yet (the autoloader
 * loads each element on its own): what the provider will give is not known, so nothing is missing yet.
 */
export function awaitingProvider(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === 'nara-provider' && !customElements.get('nara-provider')) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}
