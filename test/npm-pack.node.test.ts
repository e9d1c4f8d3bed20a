/**
 * What a web team gets from npm: `@nara/elements` packed (with the workspace packages it depends on,
 * as they would come from the registry), installed into an empty project, imports and defines an
 * element — and no server or database package is in the installed tree. (`npm test` builds the npm
 * packages into packages/<name>/dist first; installing needs lit and zod from npm's cache or the
 * registry.)
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const dist = (name: string) => resolve('packages', name, 'dist');

/** Packages that must never reach a web team through the elements. */
const FORBIDDEN = ['@nara/server', '@nara/server-node', '@nara/demo', '@electric-sql/pglite', 'pg', 'pg-pool', 'jose', 'hono', '@hono/node-server', 'msw'];

/** Every package installed under `dir`, nested node_modules included, as `name@version`. */
function installed(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (modules: string) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      const paths = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((n) => join(modules, entry, n)) : [join(modules, entry)];
      for (const path of paths) {
        const manifest = join(path, 'package.json');
        if (!existsSync(manifest)) continue;
        const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'));
        found.set(name, version);
        walk(join(path, 'node_modules'));
      }
    }
  };
  walk(join(dir, 'node_modules'));
  return found;
}

describe('npm pack @nara/elements into an empty project', { timeout: 300_000 }, () => {
  let root: string;
  let project: string;
  /** The workspace packages @nara/elements needs, read from its published manifest. */
  let siblings: string[];

  before(() => {
    if (!existsSync(join(dist('elements'), 'package.json'))) throw new Error('packages/elements/dist is missing: run `npm run build` first');
    const manifest = JSON.parse(readFileSync(join(dist('elements'), 'package.json'), 'utf8'));
    siblings = Object.keys(manifest.dependencies).filter((d) => d.startsWith('@nara/'));
    root = mkdtempSync(join(tmpdir(), 'nara-pack-'));
    project = join(root, 'project');
    const tarballs: Record<string, string> = {};
    for (const name of ['@nara/elements', ...siblings]) {
      const file = execFileSync(npm, ['pack', dist(name.replace('@nara/', '')), '--pack-destination', root, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop()!;
      tarballs[name] = `file:${join(root, file)}`;
    }
    mkdirSync(project);
    // The siblings come from their own tarballs, as they would from the registry; elements asks for them by range.
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-web-team', private: true, type: 'module', dependencies: tarballs }, null, 2));
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: project, stdio: 'pipe' });
  });

  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('asks for its siblings by version range, not by an exact version only the monorepo has', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@nara/elements/package.json'), 'utf8'));
    for (const name of siblings) assert.match(manifest.dependencies[name], /^\^\d/, `${name}: ${manifest.dependencies[name]}`);
    assert.deepEqual(manifest.peerDependenciesMeta?.['@nara/demo'], { optional: true }, 'the demo backend is an optional peer');
  });

  it('installs no server or database package', () => {
    const tree = installed(project);
    assert.ok(tree.has('@nara/elements') && tree.has('lit'), `installed: ${[...tree.keys()].join(', ')}`);
    assert.deepEqual(FORBIDDEN.filter((name) => tree.has(name)), [], `installed: ${[...tree.keys()].join(', ')}`);
    assert.deepEqual([...tree.keys()].filter((name) => name.startsWith('@nara/')).sort(), ['@nara/elements', ...siblings].sort());
  });

  it('brings the theme presets: `@nara/elements/themes/1177.css` and `neutral.css` resolve through its exports', () => {
    const script = "for (const name of ['1177', 'neutral']) console.log(import.meta.resolve(`@nara/elements/themes/${name}.css`));";
    const resolved = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' }).trim().split('\n');
    assert.equal(resolved.length, 2);
    for (const [i, name] of ['1177', 'neutral'].entries()) {
      const file = fileURLToPath(resolved[i]!);
      assert.ok(file.startsWith(join(project, 'node_modules', '@nara', 'elements', 'themes')), file);
      // the very preset the CDN build ships, with its primary colour
      assert.equal(readFileSync(file, 'utf8'), readFileSync(resolve('packages/elements/themes', `${name}.css`), 'utf8'));
      assert.match(readFileSync(file, 'utf8'), /--nara-color-primary:\s*#[0-9a-f]{6}/i);
    }
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@nara/elements/package.json'), 'utf8'));
    assert.ok(manifest.sideEffects.includes('./themes/*.css'), 'a bundler keeps an imported preset');
  });

  it('imports and defines an element, and the package index exports the same class', () => {
    // lit's Node build brings a minimal DOM (customElements, HTMLElement) for server rendering: enough to define.
    const script = [
      "await import('@nara/elements/shortcut-tile/define.js');",
      "const defined = customElements.get('nara-shortcut-tile');",
      "const { NaraShortcutTile } = await import('@nara/elements');",
      'console.log(JSON.stringify({ defined: typeof defined, name: defined?.name, same: defined === NaraShortcutTile }));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out.trim().split('\n').pop()!), { defined: 'function', name: 'NaraShortcutTile', same: true });
  });
});
