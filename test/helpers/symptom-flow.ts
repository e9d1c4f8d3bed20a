import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, visibleText } from './elements.js';

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
export async function tabTo(matches: (el: Element) => boolean, what: string, max = 80, back = false): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const active = deepActiveElement();
    if (active && matches(active)) return active;
    if (back) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}; focus is on ${deepActiveElement()?.outerHTML.slice(0, 200)}`);
}

export const isButton = (text: string) => (el: Element) => el.tagName === 'BUTTON' && el.textContent!.trim() === text;
export const hasId = (id: string) => (el: Element) => el.id === id;
export const inItem = (linkId: string, selector = 'input, textarea, select') => (el: Element) =>
  !!el.closest(`[data-link-id="${linkId}"]`) && el.matches(selector);

/** Presses Enter or Space on what has focus. */
export const press = (key: string) => sendKeys({ press: key });
export const type = (text: string) => sendKeys({ type: text });

/** Waits until focus sits on the step heading with this text. */
export async function headingFocused(text: string): Promise<void> {
  await waitUntil(
    () => {
      const active = deepActiveElement();
      return active?.getAttribute('role') === 'heading' && active.textContent!.trim() === text;
    },
    `focus never reached the heading "${text}"; it is on ${deepActiveElement()?.outerHTML.slice(0, 160)}`,
    { timeout: 6000 },
  );
}

/** The element's visible text includes every string. */
export const shows = (el: Element, ...texts: string[]) => texts.every((t) => visibleText(el).includes(t));
