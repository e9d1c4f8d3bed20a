/** No import cycles among the packages, and the check that `npm run build` runs finds one when there is one. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error a plain .mjs script without types
import { importCycles, runtimeImports } from '../scripts/import-cycles.mjs';

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nara-cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('import cycles', () => {
  it('there are none among the packages', () => {
    assert.deepEqual(importCycles(), []);
  });

  it('a cycle through a sibling package is found, with its files in order', () => {
    const root = workspace({
      'packages/a/package.json': JSON.stringify({ name: '@x/a', exports: { '.': './src/index.ts' } }),
      'packages/a/src/index.ts': "export { b } from '@x/b';\nexport const a = 1;\n",
      'packages/b/package.json': JSON.stringify({ name: '@x/b', exports: { '.': './src/index.ts' } }),
      'packages/b/src/index.ts': "import { helper } from './helper.js';\nexport const b = helper;\n",
      'packages/b/src/helper.ts': "import { a } from '@x/a';\nexport const helper = a;\n",
    });
    try {
      assert.deepEqual(importCycles(root), [['packages/a/src/index.ts', 'packages/b/src/index.ts', 'packages/b/src/helper.ts', 'packages/a/src/index.ts']]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('imports that do not run at load time make no cycle: type-only, and import()', () => {
    assert.deepEqual(runtimeImports("import type { A } from './a.js';\nimport { type B } from './b.js';\nexport type { C } from './c.js';\nconst d = () => import('./d.js');\n"), []);
    assert.deepEqual(runtimeImports("import { type A, b } from './a.js';\nimport './side-effect.js';\nexport * from './all.js';\n"), ['./a.js', './side-effect.js', './all.js']);
  });
});
