import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/keyed.js', '@lit/context'],
    };
    config.esbuild = { ...(config.esbuild || {}), tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } };
    return config;
  },
};
export default config;
