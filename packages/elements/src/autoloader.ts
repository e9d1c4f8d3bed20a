// The CDN's `nara.js`: a small loader. Each `nara-*` tag is registered when it first appears on the
// page — in the document or in any shadow root — by importing that element's own CDN entry (`x.js`
// for `nara-x`), found relative to this file's URL. A page loads only the elements it shows;
// `nara-all.js` registers every element at once instead.
import { ContextRoot } from '@lit/context';
import { ELEMENT_TAGS } from './element-tags.js';

const known = new Set<string>(ELEMENT_TAGS);
const here = import.meta.url;
const requested = new Map<string, Promise<void>>();

/** Imports the entry that registers `tag` (once), unless the tag is registered already. */
export function register(tag: string): Promise<void> {
  if (!known.has(tag) || customElements.get(tag)) return Promise.resolve();
  let pending = requested.get(tag);
  if (!pending) {
    const url = new URL(`${tag.slice('nara-'.length)}.js`, here).href;
    pending = import(/* @vite-ignore */ url).then(
      () => undefined,
      (error) => {
        requested.delete(tag);
        console.error(`nara: could not load <${tag}> from ${url}`, error);
      },
    );
    requested.set(tag, pending);
  }
  return pending;
}

/** Registers every undefined `nara-*` element in `root` (and `root` itself, when it is one). */
export function discover(root: Document | ShadowRoot | Element): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && !customElements.get(root.localName)) tags.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) tags.add(el.localName);
  return Promise.all([...tags].map(register)).then(() => undefined);
}

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) for (const node of addedNodes) if (node instanceof Element) void discover(node);
});
const watch = (root: Document | ShadowRoot) => {
  observer.observe(root, { subtree: true, childList: true });
  void discover(root);
};

// Shadow roots made from now on are watched too: tags a host page's own components render inside
// theirs. Nära's own are not: its elements register what they render themselves (their `static
// dependencies`), and watching every node they render would cost the loading page its time.
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  if (!known.has(this.localName)) watch(root);
  return root;
};

// Elements load in whatever order their files arrive: an element that is registered before the
// <nara-provider> around it asks for the provider's configuration before anyone answers. The root
// keeps such requests and replays them when the provider registers.
new ContextRoot().attach(document.documentElement);

watch(document);
// Open shadow roots that exist already (components defined before this script ran).
for (const el of document.querySelectorAll('*')) if (el.shadowRoot) watch(el.shadowRoot);
