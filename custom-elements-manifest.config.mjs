// The Custom Elements Manifest as tools (Storybook, editors, React wrappers) should read it:
// only real `nara-*` elements and events, each event with its detail type from events.ts, and every
// design token an element reads (the shared ones from styles/tokens.ts included) with its default.
import { readFileSync } from 'node:fs';

const EVENTS = 'packages/elements/src/events.ts';
const TOKENS = 'packages/elements/src/styles/tokens.ts';

/** `'nara-x': { … };` lines of the NaraEventDetails interface → the detail type's text. */
function eventDetails() {
  const source = readFileSync(EVENTS, 'utf8');
  const body = source.slice(source.indexOf('export interface NaraEventDetails'), source.indexOf('export type NaraEventName'));
  return Object.fromEntries([...body.matchAll(/^\s+'(nara-[a-z-]+)': (.+);$/gm)].map((m) => [m[1], m[2]]));
}

/** Every `var(--nara-x, default)` of the shared tokens, with its default (nested parentheses kept). */
function sharedTokens() {
  const source = readFileSync(TOKENS, 'utf8');
  const found = [];
  for (let at = source.indexOf('var(--nara-'); at !== -1; at = source.indexOf('var(--nara-', at + 1)) {
    let depth = 0;
    let end = at + 3;
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    const inner = source.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    if (!found.some((t) => t.name === name)) found.push({ name, default: comma === -1 ? undefined : inner.slice(comma + 1).trim() });
  }
  return found;
}

function naraManifest() {
  return {
    name: 'nara-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const details = eventDetails();
      const tokens = sharedTokens();
      for (const module of customElementsManifest.modules) {
        const declarations = module.declarations ?? [];
        for (const d of declarations) {
          if (!d.customElement) continue;
          // a registration helper (`define(tag, …)`) is not an element
          if (!d.tagName?.startsWith('nara-')) {
            delete d.customElement;
            delete d.tagName;
            continue;
          }
          if (d.events) {
            d.events = d.events
              .filter((e) => e.name?.startsWith('nara-'))
              .map((e) => ({ ...e, type: { text: details[e.name] ? `CustomEvent<${details[e.name]}>` : 'CustomEvent' } }));
          }
          const own = d.cssProperties ?? [];
          const shared = tokens
            .filter((t) => !own.some((p) => p.name === t.name))
            .map((t) => ({ name: t.name, description: 'Shared design token (docs/guide.md § Theming).', ...(t.default ? { default: t.default } : {}) }));
          // the provider draws nothing: it has no tokens of its own
          if (d.tagName !== 'nara-provider') d.cssProperties = [...own, ...shared];
        }
        module.declarations = declarations.filter((d) => d.name !== 'anonymous_0' || d.customElement);
      }
    },
  };
}

export default {
  plugins: [naraManifest()],
};
