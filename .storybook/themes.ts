/// <reference path="./raw.d.ts" />
/**
 * The toolbar's theme switch: Nära's defaults, the two presets (each one CSS file, exactly as a site
 * links it) and a site that sets only its own primary colour.
 */
import preset1177 from '../packages/elements/themes/1177.css?raw';
import presetNeutral from '../packages/elements/themes/neutral.css?raw';

export const THEMES: Record<string, { title: string; css: string }> = {
  default: { title: 'Nära (default)', css: '' },
  '1177': { title: '1177-like preset', css: preset1177 },
  neutral: { title: 'Neutral preset', css: presetNeutral },
  green: { title: 'One colour: green', css: ':root { --nara-color-primary: #1e7b34; }' },
  purple: { title: 'One colour: purple', css: ':root { --nara-color-primary: #5b2a86; }' },
};

export const themeToolbar = {
  description: 'Theme',
  toolbar: { title: 'Theme', icon: 'paintbrush' as const, items: Object.entries(THEMES).map(([value, t]) => ({ value, title: t.title })), dynamicTitle: true },
};

/** Puts the theme's CSS on the page (one style element, replaced on every switch). */
export function applyTheme(name: string | undefined): void {
  let style = document.getElementById('nara-story-theme') as HTMLStyleElement | null;
  if (!style) {
    style = document.createElement('style');
    style.id = 'nara-story-theme';
    document.head.append(style);
  }
  style.textContent = THEMES[name ?? 'default']?.css ?? '';
}
