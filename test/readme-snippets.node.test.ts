/**
 * The README’s TypeScript snippets compile against the packages as published (each package’s dist/, the
 * .d.ts files `npm run build` writes): what a regional app developer pastes works, `e.detail`
 * included. Names a snippet leaves to the app (`myApp`) are declared for it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const APP = 'declare const myApp: { session: { accessToken: string | null }; signIn(): Promise<void> };\n';

/** Every ```ts block of a Markdown file. */
function snippets(file: string): string[] {
  return [...readFileSync(join(ROOT, file), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Type errors of `source` as a module in an app that depends on the published packages. */
function typeErrors(source: string): string[] {
  const dir = mkdtempSync(join(ROOT, 'node_modules', '.readme-snippet-'));
  try {
    const file = join(dir, 'app.ts');
    writeFileSync(file, `${APP}${source}\nexport {};\n`);
    const dist = (name: string) => join(ROOT, 'packages', name, 'dist');
    const program = ts.createProgram([file], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      baseUrl: ROOT,
      paths: Object.fromEntries(
        ['elements', 'contract', 'client', 'fhir'].flatMap((name) => [
          [`@nara/${name}`, [join(dist(name), 'index.d.ts')]],
          [`@nara/${name}/*`, [join(dist(name), '*')]],
        ]),
      ),
    });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('README snippets', () => {
  const blocks = snippets('README.md');

  it('the packages are built (npm run build writes each package’s dist/)', () => {
    assert.ok(existsSync(join(ROOT, 'packages/elements/dist/provider/define.d.ts')), 'run npm run build first');
    assert.ok(blocks.length >= 1, 'the README has a TypeScript snippet');
  });

  for (const [i, block] of blocks.entries()) {
    it(`snippet ${i + 1} compiles, strict, against the published types`, () => {
      assert.deepEqual(typeErrors(block), []);
    });
  }

  it('has teeth: a wrong event detail does not compile after importing one define.js', () => {
    const errors = typeErrors(`import '@nara/elements/provider/define.js';
document.querySelector('nara-provider')!.addEventListener('nara-auth-required', (e) => e.detail.retryy());`);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, /retryy/);
  });
});
