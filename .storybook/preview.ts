import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { setCustomElementsManifest } from '@storybook/web-components';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { action } from 'storybook/actions';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { serverHandlers, createApp } from '@nara/demo/msw';
import manifest from '../custom-elements.json';
import { publicManifest } from './public-manifest.js';
import { BACKEND_SCENARIOS, scenarioToolbar, storyHandlers, type BackendScenario } from './backend-scenarios.js';
import { installStoryClock, storyNow } from './story-clock.js';
import { loadCatalogues, overrideStrings } from './string-catalogues.js';
import { personaToolbar, PERSONAS, withPersona } from './personas.js';
import { applyTheme, themeToolbar } from './themes.js';
import '../packages/elements/src/all.ts';

// the browser reads the stories' 10:00 too, not only the server app
installStoryClock();

// docs pages for every element (tags: autodocs below): attributes, properties, events, slots, parts, CSS properties
setCustomElementsManifest(publicManifest(manifest));

// Every `nara-*` event any element fires (they are composed and bubble to the document) shows in the
// Actions panel with its detail.
const eventNames = new Set(
  (manifest as { modules: { declarations?: { events?: { name: string }[] }[] }[] }).modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.name))),
);
for (const name of eventNames) document.addEventListener(name, (event) => action(name)((event as CustomEvent).detail));

// Every story talks to the real server app through msw: same code as production, no network.
// Its clock reads 10:00 on a weekday (story-clock.ts): the chat is open whenever Storybook is opened.
// One designer tries every story against one in-page server: no per-patient quotas here (they are tested in the server's own tests).
export const storyApp = createApp({ now: storyNow, quotas: { openConversationsPerClinic: 100_000, futureBookingsPerClinic: 100_000 } });

let worker: SetupWorker | undefined;
let restoreStrings = () => {};
const loadMsw = mswLoader(async () => {
  const started = setupWorker(...serverHandlers(storyApp));
  await started.start({ onUnhandledRequest: 'bypass', quiet: true });
  return started;
});

const preview: Preview = {
  // docs pages for every element, from the custom-elements manifest
  tags: ['autodocs'],
  loaders: [
    async (context) => {
      await loadMsw(context);
      worker = (context as unknown as { msw: SetupWorker }).msw;
      await loadCatalogues();
      return {};
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'sv', title: 'Svenska' }, { value: 'en', title: 'English' }, { value: 'ar', title: 'العربية' }, { value: 'fi', title: 'Suomi' }, { value: 'so', title: 'Soomaali' }], dynamicTitle: true },
    },
    scenario: scenarioToolbar,
    theme: themeToolbar,
    persona: personaToolbar,
  },
  initialGlobals: { locale: 'sv', scenario: 'normal', theme: 'default', persona: 'none' },
  decorators: [
    (story, context) => {
      const persona = PERSONAS[(context.globals.persona as string | undefined) ?? 'none'];
      const locale = persona?.locale ?? ((context.globals.locale as 'sv' | 'en' | undefined) ?? 'sv');
      document.documentElement.lang = locale;
      // a story's `strings` arg ({ 'care-journey.back': 'Gå tillbaka' }) over the catalogues, until the next story
      restoreStrings();
      restoreStrings = overrideStrings(context.args.strings as Record<string, string> | undefined);
      applyTheme(context.globals.theme as string | undefined);
      document.documentElement.dir = context.globals.locale === 'ar' ? 'rtl' : 'ltr';
      // the toolbar's backend scenario, after the story's own overrides and before the server app
      const scenario = BACKEND_SCENARIOS[context.globals.scenario as BackendScenario] ?? BACKEND_SCENARIOS.normal;
      worker?.resetHandlers();
      worker?.use(...storyHandlers(context.parameters.msw), ...scenario.handlers(storyApp));
      // a new language or scenario mounts the story afresh, so its elements load again under it
      const key = `${locale}|${context.globals.scenario}|${context.globals.persona}|${JSON.stringify(context.args.strings ?? {})}`;
      const shown = withPersona(context.globals.persona as string | undefined, locale, keyed(key, story()));
      // Storybook marks its docs pages lang="en" (their prose is English); the stories on them, as the
      // elements take the nearest lang, would be English under any toolbar: they get the toolbar's
      return context.viewMode === 'docs' ? html`<div lang=${locale} dir=${context.globals.locale === 'ar' ? 'rtl' : 'ltr'}>${shown}</div>` : shown;
    },
  ],
};
export default preview;
