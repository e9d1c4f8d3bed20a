import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import { serverHandlers, createApp } from '@nara/server/msw';
import manifest from '../custom-elements.json';
import '../packages/elements/src/nara.ts';

setCustomElementsManifest(manifest);

// Every story talks to the real server app through msw: same code as production, no network.
export const storyApp = createApp();

const preview: Preview = {
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(...serverHandlers(storyApp));
      await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
      return worker;
    }),
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
  },
  initialGlobals: { locale: 'sv' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'sv';
      return story();
    },
  ],
};
export default preview;
