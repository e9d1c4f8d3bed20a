// Finds import cycles among the workspace packages' sources (packages/*/src, tests left out) and
// fails when there is one: `npm run build` runs it first. Only imports that run count: `import type`,
// type-only named imports and `import()` (loaded later, on demand) cannot make an evaluation cycle.
// Rollup fails on a cycle in the CDN bundle too (rollup.config.js); this covers every package,
// server-node included, in under a second.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const isTest = (path) => /\.test\.ts$/.test(path);

function sourceFiles(dir) {
  const found = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(path);
      } else if (path.endsWith('.ts') && !path.endsWith('.d.ts') && !isTest(path)) found.push(resolve(path));
    }
  };
  walk(dir);
  return found;
}

/** The specifiers a module imports or re-exports at evaluation time. */
export function runtimeImports(text, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const specifiers = [];
  for (const node of file.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      // `import { type A, type B } from` vanishes; `import {} from` and side-effect imports stay
      if (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) continue;
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      if (node.isTypeOnly) continue;
      const clause = node.exportClause;
      if (clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly)) continue;
      specifiers.push(node.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/** Every cycle (as a list of files, the first repeated at the end) among the packages under `root`. */
export function importCycles(root = process.cwd()) {
  const packagesDir = join(root, 'packages');
  const packages = new Map();
  for (const name of readdirSync(packagesDir)) {
    const manifest = join(packagesDir, name, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    packages.set(pkg.name, { dir: join(packagesDir, name), exports: typeof pkg.exports === 'string' ? { '.': pkg.exports } : (pkg.exports ?? {}) });
  }
  const resolveSpecifier = (from, specifier) => {
    if (specifier.startsWith('.')) return resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
    const parts = specifier.split('/');
    const pkg = packages.get(parts.slice(0, 2).join('/'));
    if (!pkg) return undefined; // a dependency from node_modules
    const key = parts.length > 2 ? `./${parts.slice(2).join('/')}` : '.';
    let target = pkg.exports[key];
    if (!target) {
      // a pattern export such as "./*/define.js": "./src/*/define.ts"
      for (const [pattern, path] of Object.entries(pkg.exports)) {
        if (!pattern.includes('*')) continue;
        const [before, after] = pattern.split('*');
        if (key.startsWith(before) && key.endsWith(after)) target = path.replace('*', key.slice(before.length, key.length - after.length));
      }
    }
    return target ? resolve(pkg.dir, target) : undefined;
  };

  const graph = new Map();
  for (const { dir } of packages.values()) {
    if (!existsSync(join(dir, 'src'))) continue;
    for (const file of sourceFiles(join(dir, 'src'))) {
      const imports = runtimeImports(readFileSync(file, 'utf8'), file)
        .map((s) => resolveSpecifier(file, s))
        .filter((target) => target && existsSync(target));
      graph.set(file, imports);
    }
  }

  const cycles = [];
  const state = new Map(); // 1: on the stack, 2: done
  const stack = [];
  const visit = (node) => {
    state.set(node, 1);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 1) cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(root, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 2);
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cycles = importCycles(process.argv[2] ?? process.cwd());
  if (cycles.length) {
    console.error(`Import cycles (${cycles.length}): break each one, e.g. by moving what both sides need into a module of its own.`);
    for (const cycle of cycles) console.error(`  ${cycle.join(' → ')}`);
    process.exit(1);
  }
}
