// The size of one element on its own, as a page that loads only it downloads it: a rollup build with that
// element's define.ts as the only entry (lit included, minified as the CDN build), gzip -9 of the entry and
// every chunk it imports statically (lazy chunks such as the demo backend or the HTTP client are left out
// and reported apart). Prints JSON: { element, kb, files, lazyKb }.
//   node scripts/element-alone-size.mjs questionnaire
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import config from '../rollup.config.js';

const element = process.argv[2] ?? 'questionnaire';
const base = config[0];
const bundle = await rollup({ ...base, input: { [element]: `packages/elements/src/${element}/define.ts` }, plugins: base.plugins.filter((p) => p.name !== 'chunk-manifest'), onwarn: () => {} });
// without the CDN's chunk groups (rollup.config.js): they are cut for pages with several elements
const { output } = await bundle.generate({ ...base.output, manualChunks: undefined, sourcemap: false });
await bundle.close();
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
const eager = new Set();
const walk = (name) => {
  if (eager.has(name)) return;
  eager.add(name);
  for (const dep of chunks.get(name).imports) walk(dep);
};
walk(entry.fileName);
const gz = (name) => gzipSync(chunks.get(name).code, { level: 9 }).length;
const kb = (bytes) => Number((bytes / 1024).toFixed(1));
const eagerBytes = [...eager].reduce((sum, name) => sum + gz(name), 0);
const lazyBytes = [...chunks.keys()].filter((n) => !eager.has(n)).reduce((sum, name) => sum + gz(name), 0);
console.log(JSON.stringify({ element, kb: kb(eagerBytes), files: [...eager].map((n) => `${n} ${kb(gz(n))} KB`), lazyKb: kb(lazyBytes) }));
