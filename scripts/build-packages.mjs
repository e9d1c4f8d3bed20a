// The npm build: every package compiled to ESM with .d.ts (lit and the other dependencies stay external),
// and a publishable package.json written beside it: `npm publish packages/<name>/dist`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, copyFileSync, cpSync } from 'node:fs';

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.packages.json'], { stdio: 'inherit' });

const root = JSON.parse(readFileSync('package.json', 'utf8'));
for (const dir of root.workspaces) {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const toJs = (path) => path.replace(/^\.\/src\//, './').replace(/\.ts$/, '.js');
  const exports = Object.fromEntries(
    Object.entries(typeof pkg.exports === 'string' ? { '.': pkg.exports } : pkg.exports)
      // entries for files left out of the npm build (test fixtures) are not published
      .filter(([, path]) => path.includes('*') || existsSync(`${dir}/dist/${toJs(path)}`))
      // stylesheets (the theme presets) are published as they are, beside the modules
      .map(([key, path]) => [key, path.endsWith('.css') ? path : { types: toJs(path).replace(/\.js$/, '.d.ts'), default: toJs(path) }]),
  );
  const published = {
    name: pkg.name,
    version: pkg.version,
    type: 'module',
    description: pkg.description ?? root.description,
    license: 'MIT',
    exports,
    types: toJs(pkg.types ?? './src/index.ts').replace(/\.js$/, '.d.ts'),
    sideEffects: Array.isArray(pkg.sideEffects) ? pkg.sideEffects.map(toJs) : (pkg.sideEffects ?? false),
    dependencies: pkg.dependencies,
    ...(pkg.peerDependencies ? { peerDependencies: pkg.peerDependencies, peerDependenciesMeta: pkg.peerDependenciesMeta } : {}),
    ...(existsSync('custom-elements.json') && pkg.name === '@nara/elements' ? { customElements: 'custom-elements.json' } : {}),
  };
  if (published.customElements) copyFileSync('custom-elements.json', `${dir}/dist/custom-elements.json`);
  // the theme presets: `@nara/elements/themes/1177.css`, `…/neutral.css`
  if (existsSync(`${dir}/themes`)) cpSync(`${dir}/themes`, `${dir}/dist/themes`, { recursive: true });
  writeFileSync(`${dir}/dist/package.json`, JSON.stringify(published, null, 2) + '\n');
  // tsc -b keeps its build state beside the output; it is not part of the package
  writeFileSync(`${dir}/dist/.npmignore`, '.tsbuildinfo\n');
}
console.log('npm packages built into packages/*/dist');
