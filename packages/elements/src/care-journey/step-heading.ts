/**
 * The heading a patient sees on a step: the journey's own, or the one the step's element renders in
 * its shadow root (the chat's "Chatta med sjuksköterska", the booking picker's) — which may appear
 * only once the element has loaded its data. The journey announces this text, so a screen-reader
 * user hears the same title a sighted patient reads.
 */

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

const shown = (element: Element): boolean =>
  typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : element.getClientRects().length > 0;

const textOf = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first shown heading with text at or under `root`, in rendering order across shadow roots. */
export function visibleHeading(root: Element | ShadowRoot): string | undefined {
  for (const child of Array.from(root.children)) {
    if (child.matches(HEADING) && shown(child) && textOf(child)) return textOf(child);
    const inside = (child.shadowRoot && visibleHeading(child.shadowRoot)) || visibleHeading(child);
    if (inside) return inside;
  }
  return undefined;
}

/**
 * Calls `found` once with the heading shown under `root()` (looked up afresh each time, as the step
 * re-renders), as soon as there is one; gives up after `timeoutMs`. Answers a function that stops
 * waiting (the patient moved on first).
 */
export function whenHeadingShows(root: () => Element | ShadowRoot | null | undefined, found: (heading: string) => void, timeoutMs = 15000): () => void {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    const at = root();
    const heading = at ? visibleHeading(at) : undefined;
    if (heading) return found(heading);
    if (Date.now() - started < timeoutMs) timer = setTimeout(look, 50);
  };
  timer = setTimeout(look, 0);
  return () => clearTimeout(timer);
}
