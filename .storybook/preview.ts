import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { setCustomElementsManifest } from '@storybook/web-components';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { serverHandlers, createApp } from '@nara/demo/msw';
import manifest from '../custom-elements.json';
import { publicManifest } from './public-manifest.js';
import { BACKEND_SCENARIOS, scenarioToolbar, storyHandlers, type BackendScenario } from './backend-scenarios.js';
import '../packages/elements/src/nara.ts';

// docs pages for every element (tags: autodocs below): attributes, properties, events, slots, parts, CSS properties
setCustomElementsManifest(publicManifest(manifest));

// Every story talks to the real server app through msw: same code as production, no network.
export const storyApp = createApp();

let worker: SetupWorker | undefined;
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
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'sv', title: 'Svenska' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    scenario: scenarioToolbar,
  },
  initialGlobals: { locale: 'sv', scenario: 'normal' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'sv';
      // the toolbar's backend scenario, after the story's own overrides and before the server app
      const scenario = BACKEND_SCENARIOS[context.globals.scenario as BackendScenario] ?? BACKEND_SCENARIOS.normal;
      worker?.resetHandlers();
      worker?.use(...storyHandlers(context.parameters.msw), ...scenario.handlers(storyApp));
      // a new language or scenario mounts the story afresh, so its elements load again under it
      return html`${keyed(`${context.globals.locale}|${context.globals.scenario}`, story())}`;
    },
  ],
};
export default preview;
