import { svg, html, type SVGTemplateResult } from 'lit';
import type { Icon } from '@nara/contract';

/** Built-in icons: 24×24 outlines drawn with `currentColor`, so they follow text and forced colours. */
const paths: Record<Icon | UiIcon, SVGTemplateResult> = {
  chat: svg`<path d="M4 5h16v11H9l-5 4z"/>`,
  video: svg`<rect x="3" y="6" width="12" height="12" rx="2"/><path d="M15 10l6-3v10l-6-3z"/>`,
  phone: svg`<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z"/>`,
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`,
  prescription: svg`<rect x="4" y="8" width="10" height="13" rx="2"/><path d="M6 4h6v4H6zM7 14h4M9 12v4M17 10l3 3-5 5-3-3z"/>`,
  document: svg`<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4M9 12h6M9 16h6"/>`,
  child: svg`<circle cx="12" cy="7" r="3"/><path d="M7 21v-4l-2-3 4-3h6l4 3-2 3v4"/>`,
  'test-result': svg`<path d="M9 3h6M10 3v6l-5 9a2 2 0 0 0 2 3h10a2 2 0 0 0 2-3l-5-9V3"/><path d="M7 15h10"/>`,
  certificate: svg`<rect x="3" y="4" width="18" height="13" rx="2"/><path d="M7 9h10M7 12h6"/><circle cx="17" cy="17" r="2"/><path d="M16 19l-1 3 2-1 2 1-1-3"/>`,
  clinic: svg`<path d="M3 21V9l9-6 9 6v12z"/><path d="M10 21v-5h4v5M12 8v5M9.5 10.5h5"/>`,
  'self-care': svg`<path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"/><path d="M9 11h6M12 8v6"/>`,
  emergency: svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.5"/>`,
  vaccine: svg`<path d="M17 3l4 4M19 5l-9 9-4 1 1-4 9-9M5 19l3-3M8 11l5 5"/>`,
  heart: svg`<path d="M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z"/>`,
  link: svg`<path d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1"/>`,
  alert: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v6M12 16v.5"/>`,
  chevron: svg`<path d="M9 5l7 7-7 7"/>`,
  'arrow-up': svg`<path d="M12 19V5M6 11l6-6 6 6"/>`,
  'arrow-down': svg`<path d="M12 5v14M6 13l6 6 6-6"/>`,
  remove: svg`<path d="M6 6l12 12M18 6L6 18"/>`,
  add: svg`<path d="M12 5v14M5 12h14"/>`,
  drag: svg`<path d="M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01" stroke-width="3"/>`,
  check: svg`<path d="M5 12l5 5 9-10"/>`,
  external: svg`<path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6"/>`,
};

export type UiIcon = 'alert' | 'chevron' | 'arrow-up' | 'arrow-down' | 'remove' | 'add' | 'drag' | 'check' | 'external';

export const isIcon = (name: string | undefined): name is Icon | UiIcon => !!name && Object.hasOwn(paths, name);

/** Icons that point along the line of text: mirrored right to left (`base` styles). */
const POINTING = new Set<string>(['chevron']);

/** An icon as decoration: hidden from assistive technology, the text beside it carries the meaning. */
export function icon(name: Icon | UiIcon, className = 'icon') {
  return html`<svg
    class=${className}
    ?data-mirror=${POINTING.has(name)}
    part="icon"
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${paths[name]}
  </svg>`;
}
