import { defineConfig } from 'vite';

// React's JSX through Vite's own transform (no plugin needed to build; add @vitejs/plugin-react for
// fast refresh while developing). The Lit elements use TypeScript's legacy decorators: in this
// repository they come in as TypeScript sources, so Vite is told how to compile them.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  esbuild: {
    jsx: 'automatic',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, jsx: 'react-jsx' } },
  },
});
