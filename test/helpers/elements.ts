import { waitUntil } from '@open-wc/testing';

/** The text a person sees in an element's shadow root (whitespace collapsed). */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement) node.assignedNodes().forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(element.shadowRoot ?? element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits until the element's shadow root shows `text`. */
export async function waitForText(element: Element, text: string, timeout = 6000): Promise<void> {
  await waitUntil(() => visibleText(element).includes(text), `"${text}" never appeared; saw: ${visibleText(element).slice(0, 300)}`, { timeout });
}

/** The element deepest in the focus chain, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Collects the events of one type fired at or under `target`. */
export function collect<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): HTMLElementEventMap[K][] {
  const seen: HTMLElementEventMap[K][] = [];
  target.addEventListener(type, (e) => seen.push(e as HTMLElementEventMap[K]));
  return seen;
}
