import { readdirSync, existsSync, readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';

const elementsDir = 'packages/elements/src';
/** One entry per element (every folder with a define.ts): `x.js` registers `nara-x` (the autoloader imports it). */
const elementEntries = Object.fromEntries(
  readdirSync(elementsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${elementsDir}/${d.name}/define.ts`))
    .map((d) => [d.name, `${elementsDir}/${d.name}/define.ts`]),
);

/** Writes which chunks each chunk imports, statically and lazily, for `npm run size`. */
const chunkManifest = () => ({
  name: 'chunk-manifest',
  generateBundle(_options, bundle) {
    const chunks = Object.fromEntries(
      Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((c) => [c.fileName, { entry: c.isEntry ? c.name : undefined, imports: c.imports, dynamicImports: c.dynamicImports }]),
    );
    this.emitFile({ type: 'asset', fileName: 'chunks.json', source: JSON.stringify(chunks, null, 2) });
  },
});

/**
 * Writes into a chunk that names `__NARA_LAZY_FILES__` (the journey's steps) the files each module it
 * names by its path needs (`'symptom-form/define'` in the elements, `'@nara/client/schemas/triage'` in
 * another package): the module's own file and those it imports, less those the chunk has loaded already,
 * relative to the chunk. The journey fetches the form's files ahead of need without running them. The
 * names carry rollup's hash placeholders, which rollup fills in after this hook.
 */
const lazyFiles = () => ({
  name: 'lazy-files',
  renderChunk(code, chunk, _options, { chunks }) {
    if (!code.includes('__NARA_LAZY_FILES__')) return null;
    const closure = (fileName, into = new Set()) => {
      if (!into.has(fileName)) {
        into.add(fileName);
        for (const imported of chunks[fileName]?.imports ?? []) closure(imported, into);
      }
      return into;
    };
    const loaded = closure(chunk.fileName);
    const files = {};
    for (const [fileName, { moduleIds }] of Object.entries(chunks)) {
      for (const id of moduleIds) {
        const path = /\/packages\/(\w+)\/src\/(.+)\.ts$/.exec(id);
        const key = path && (path[1] === 'elements' ? path[2] : `@nara/${path[1]}/${path[2]}`);
        // only the modules the chunk names (the journey fetches the form ahead, not every step)
        if (key && new RegExp(`['"]${key}['"]`).test(code)) files[key] = [...closure(fileName)].filter((f) => !loaded.has(f));
      }
    }
    const magic = new MagicString(code);
    for (const match of code.matchAll(/\b__NARA_LAZY_FILES__\b/g)) magic.overwrite(match.index, match.index + match[0].length, `(${JSON.stringify(files)})`);
    return { code: magic.toString(), map: magic.generateMap({ hires: true }) };
  },
});

/** The theme presets (packages/elements/themes/*.css) beside the bundles: dist/cdn/themes/. */
const themes = () => ({
  name: 'themes',
  generateBundle() {
    for (const file of readdirSync('packages/elements/themes')) {
      if (file.endsWith('.css')) this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: readFileSync(`packages/elements/themes/${file}`, 'utf8') });
    }
  },
});

/**
 * Collapses the indentation in `html` tagged templates: a run of white space with a line break
 * becomes one space, which renders the same (the browser collapses it) and ships smaller. An
 * element styled `white-space: pre-wrap` (the errand's log and answers) has no template white space
 * inside, so nothing there changes. Interpolations (`${…}`) are kept as they are.
 */
const minifyHtml = () => ({
  name: 'minify-html',
  transform(code, id) {
    if (!id.includes('/packages/elements/src/') || !/\bhtml\s*`/.test(code)) return null;
    const edits = [];
    const walk = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const min = raw.replace(/[ \t]*\n\s*/g, ' ');
          if (min !== raw) edits.push([quasi.start, quasi.end, min]);
        }
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value.type === 'string') walk(value);
      }
    };
    walk(this.parse(code));
    if (!edits.length) return null;
    let out = code;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
    return { code: out, map: null };
  },
});

/**
 * Minifies the CSS in `css` tagged templates (terser leaves template text alone): comments go, runs of
 * white space become one space, and none is kept around `{`, `}` and `;`.
 * Interpolations (`${…}`) are kept as they are.
 */
const minifyCss = () => ({
  name: 'minify-css',
  transform(code, id) {
    if (!id.includes('/packages/elements/src/') || !/\bcss\s*`/.test(code)) return null;
    const out = code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => {
      const parts = body.split(/(\$\{[^}]*\})/);
      const min = parts
        .map((part, i) =>
          i % 2
            ? part
            : part
                .replace(/\/\*[\s\S]*?\*\//g, '')
                .replace(/\s+/g, ' ')
                .replace(/\s*([{};])\s*/g, '$1')
                .replace(/;}/g, '}'),
        )
        .join('');
      return `css\`${min}\``;
    });
    return { code: out, map: null };
  },
});

/**
 * The elements' shared runtime in two files that a page with Nära on it loads once and caches: the core
 * (lit, the context's consumer side, languages, tokens, icons, focus and heading controllers) and the
 * backend plumbing (backend, sign-in and error handling) for the elements that talk to a backend. Left
 * to itself, rollup cuts these into a dozen small files by which elements use each one, and each file
 * gzips on its own: the contact page loaded 24 files, now 9, and 3.8 KB less. The price: an element
 * alone on a page loads the parts of the core it does not use (the shortcut tile about 2.5 KB).
 * A module listed here pulls its own imports into the same file unless they are listed elsewhere, hence
 * the small groups below.
 */
const GROUPS = [
  [
    'core',
    /\/node_modules\/(lit\/(index|decorators)|lit-html\/(lit-html|is-server)|lit-element\/lit-element|tslib\/[\w.]+)\.js$/,
    /\/node_modules\/@lit\/reactive-element\//,
    /\/node_modules\/@lit\/context\/lib\/(controllers\/context-consumer|decorators\/consume)\.js$/,
    /\/packages\/elements\/src\/base\/(context|define-element|load-once|locale|localized-element|safe-url)\.ts$/,
    /\/packages\/elements\/src\/(controllers\/(focus-after-render|heading-level|live-announcer)|icons\/icons|styles\/(tokens|add-styles))\.ts$/,
  ],
  // What elements that talk to a backend share besides the core: the backend, sign-in and error plumbing.
  ['backend', /\/packages\/elements\/src\/(base\/(backend-element|backend-of|backend-source|config-problem|demo-clinic|error-alert|error-strings|nara-element|report-error|sign-in-strings|sign-in-url|when-idle)|controllers\/backend-reload)\.ts$/],
  // Two small things in one file rather than two: what the autoloader needs of @lit/context (the root that
  // replays requests for a late provider) and the error type the HTTP client (client.js) shares with the
  // elements. The client and the autoloader each load 0.4 KB they do not use; a page with elements, 0.2 KB less.
  ['common', /\/node_modules\/@lit\/context\/(index|lib\/(context-request-event|create-context|context-root))\.js$/, /\/packages\/contract\/src\/nara-error\.ts$/],
  // The provider's side of @lit/context, in the provider's own file (a group named as an entry and holding it is that entry).
  ['provider', /\/node_modules\/@lit\/context\/lib\/(value-notifier|controllers\/context-provider|decorators\/provide)\.js$/, /\/packages\/elements\/src\/provider\/(provider|define)\.ts$/],
  // The tile, which the journey and the shortcut list render, in its own file rather than a shared one beside a 0.1 KB entry.
  ['shortcut-tile', /\/packages\/elements\/src\/shortcut-tile\/(shortcut-tile|shortcut-tile\.styles|define)\.ts$/],
];
/** The group a module belongs to, if any. */
const groupOf = (id) => GROUPS.find(([, ...patterns]) => patterns.some((re) => re.test(id)))?.[0];

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    filterRoot: process.cwd(),
    noEmit: false,
    declaration: false,
    include: ['packages/*/src/**/*.ts'],
    exclude: ['**/*.test.ts', '**/*.stories.ts'],
  });

export default [
  {
    // CDN: everything bundled (lit included). `nara.js` is the autoloader (registers each tag when it appears, by
    // importing that element's entry), one file per element that registers it, `nara-all.js` registers every
    // element; the demo backend as a lazy chunk.
    input: {
      nara: `${elementsDir}/autoloader.ts`,
      'nara-all': `${elementsDir}/all.ts`,
      ...elementEntries,
      client: 'packages/client/src/index.ts',
    },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => {
        if (chunk.moduleIds.some((id) => /\/packages\/(server|demo)\//.test(id))) return 'demo-backend-[hash].js';
        // one element's strings in one language (loaded when the element first shows it): strings-ar-…
        const language = chunk.moduleIds.map((id) => /(?:strings|notes)\.([a-z]{2,3})\.ts$/.exec(id)?.[1]);
        if (language.length && language.every((l) => l && l === language[0])) return `strings-${language[0]}-[hash].js`;
        return 'shared-[hash].js';
      },
      sourcemap: true,
      // The contract's zod-free limits each in a chunk of their own: left to itself, rollup puts a limit in
      // the chunk of the schemas that use it, and an element that reads the limit would then load zod.
      manualChunks: (id) => /\/packages\/contract\/src\/([\w-]+-limits)\.ts$/.exec(id)?.[1] ?? groupOf(id),
    },
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), ts(), minifyCss(), minifyHtml(), lazyFiles(), terser({ format: { comments: false } }), chunkManifest(), themes()],
    // The workspace packages say `"sideEffects": false`, but rollup does not read that for them here: without
    // this, every zod schema of @nara/contract lands in each element's bundle although none is used there.
    treeshake: { moduleSideEffects: (id) => !/\/packages\/(contract|client|fhir|triage|server|demo)\/src\//.test(id) },
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      if (warning.code === 'CIRCULAR_DEPENDENCY') {
        // A cycle among our own modules fails the build (evaluation order bugs, chunks that cannot
        // split); cycles inside a dependency in node_modules are that dependency's business.
        if ((warning.ids ?? []).some((id) => !id.includes('/node_modules/'))) throw new Error(`Import cycle: ${warning.message}`);
        return;
      }
      warn(warning);
    },
  },
];
