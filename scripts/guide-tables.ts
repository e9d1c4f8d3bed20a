/**
 * Writes the generated tables of docs/guide.md from the code, so the guide cannot drift: the HTTP
 * operations (packages/contract/src/operations.ts), the events (packages/elements/src/events.ts), the
 * error codes with the message each shows (contract errors.ts + elements base/error-strings.ts), and
 * every --nara-* token with its default (every `var(--nara-…, default)` in packages/elements/src).
 *   npm run docs            rewrite the tables
 *   npm run docs -- --check fail when the guide is out of date (test/guide.node.test.ts runs this)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { operations } from '../packages/contract/src/operations.js';
import { ERROR_CODES } from '../packages/contract/src/errors.js';
import { errorStrings } from '../packages/elements/src/base/error-strings.js';
import { strings as resultStrings } from '../packages/elements/src/triage-result/strings.js';
import { RETTS_COLOUR, URGENCY_ORDER } from '../packages/triage/src/model.js';
import { loadLocale } from '../packages/elements/src/base/locale.js';

// English is a module of its own, as every language but Swedish: the tables below read it
await loadLocale('en');

const GUIDE = 'docs/guide.md';
const ELEMENTS = 'packages/elements/src';
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.stories.ts') ? [path] : [];
  });
}

/** Every `var(--nara-x, default)`: the token, its default, and where it is read. */
export function tokenTable(): string {
  const tokens = new Map<string, { fallback: string; where: Set<string> }>();
  for (const file of files(ELEMENTS)) {
    const source = readFileSync(file, 'utf8');
    for (let at = source.indexOf('var(--nara-'); at !== -1; at = source.indexOf('var(--nara-', at + 1)) {
      let depth = 0;
      let end = at + 3;
      for (; end < source.length; end++) {
        if (source[end] === '(') depth++;
        else if (source[end] === ')' && --depth === 0) break;
      }
      const inner = source.slice(at + 4, end);
      const comma = inner.indexOf(',');
      const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
      const fallback = comma === -1 ? '' : inner.slice(comma + 1).trim();
      const area = relative(ELEMENTS, file).split('/')[0];
      const where = area === 'styles' || area === 'base' ? 'every element' : `nara-${area}`;
      const known = tokens.get(name) ?? { fallback, where: new Set<string>() };
      known.where.add(where);
      if (!known.fallback && fallback) known.fallback = fallback;
      tokens.set(name, known);
    }
  }
  const rows = [...tokens].sort(([a, x], [b, y]) => {
    const ax = x.where.has('every element') ? 0 : 1;
    const by = y.where.has('every element') ? 0 : 1;
    return ax - by || a.localeCompare(b);
  });
  return [
    '| token | default | read by |',
    '| --- | --- | --- |',
    ...rows.map(([name, { fallback, where }]) => `| \`${name}\` | ${fallback ? `\`${cell(fallback)}\`` : '(none)'} | ${[...where].sort().join(', ')} |`),
  ].join('\n');
}

/** Every event in NaraEventDetails: name, detail type, and its doc comment. */
export function eventTable(): string {
  const source = readFileSync(`${ELEMENTS}/events.ts`, 'utf8');
  const body = source.slice(source.indexOf('interface NaraEventDetails {'), source.indexOf('\n}', source.indexOf('interface NaraEventDetails {')));
  const entry = /(?:\/\*\*([\s\S]*?)\*\/\s*)?'(nara-[a-z-]+)'\s*:\s*([\s\S]*?);\n(?=\s*(?:\/\*\*|'nara-|\/\/|$))/g;
  const rows: string[] = [];
  for (const match of (body + '\n').matchAll(entry)) {
    const doc = (match[1] ?? '').replace(/^\s*\*\s?/gm, '').trim();
    rows.push(`| \`${match[2]}\` | \`${cell(match[3])}\` | ${cell(doc)} |`);
  }
  return ['| event | `detail` | when |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Every error code: what it means (the comment in errors.ts) and the message elements show. */
export function errorTable(): string {
  // the codes and their comments, wherever in the contract ERROR_CODES is declared
  const source = files('packages/contract/src').map((file) => readFileSync(file, 'utf8')).join('\n');
  const meaning = (code: string) => source.match(new RegExp(`'${code}',\\s*//\\s*(.*)`))?.[1] ?? '';
  return [
    '| `code` | means | elements show (en) | (sv) |',
    '| --- | --- | --- | --- |',
    ...ERROR_CODES.map((code) => `| \`${code}\` | ${cell(meaning(code))} | ${cell(errorStrings.en[code])} | ${cell(errorStrings.sv[code])} |`),
  ].join('\n');
}

/** Every operation of the HTTP contract. */
export function operationTable(): string {
  return [
    '| call | what | signed in |',
    '| --- | --- | --- |',
    ...operations.map((op) => `| \`${op.method.toUpperCase()} ${op.path}\` | ${cell(op.summary)}${op.headers?.length ? ` (headers: ${op.headers.join(', ')})` : ''} | ${op.auth ? 'yes' : 'no'} |`),
  ].join('\n');
}

/** The urgency levels: what `nara-triage-result` says in sv and en, the next steps, and the RETTS colour. */
export function urgencyTable(): string {
  const steps: Record<string, string> = {
    emergency: '`call-112` only',
    'emergency-department': '`emergency-department` (a link to 1177\'s directory of emergency departments), `call-1177`',
    urgent: 'nurse chat, a visit today, `call-1177`',
    soon: 'chat, video, visit (or the reason\'s own channels)',
    routine: 'chat, video, visit (or the reason\'s own channels)',
    'self-care': '`self-care`, chat',
  };
  const sv = resultStrings.sv as { title: Record<string, string> };
  const en = resultStrings.en as { title: Record<string, string> };
  const rows = [...URGENCY_ORDER].reverse().map((u) => `| \`${u}\` | ${cell(sv.title[u])} / ${cell(en.title[u])} | ${steps[u]} | ${cell(RETTS_COLOUR[u].colour)} | ${cell(RETTS_COLOUR[u].meaning)} |`);
  return ['| urgency | the result says (sv / en) | next steps | RETTS colour | meaning |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const SECTIONS: Record<string, () => string> = { operations: operationTable, events: eventTable, errors: errorTable, tokens: tokenTable, urgencies: urgencyTable };

export function renderGuide(guide: string): string {
  let out = guide;
  for (const [name, table] of Object.entries(SECTIONS)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to === -1) throw new Error(`${GUIDE} lacks the ${start} … ${end} markers`);
    out = `${out.slice(0, from + start.length)}\n${table()}\n${out.slice(to)}`;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('guide-tables.ts')) {
  const guide = readFileSync(GUIDE, 'utf8');
  const next = renderGuide(guide);
  if (process.argv.includes('--check')) {
    if (next !== guide) {
      console.error(`${GUIDE} is out of date with the code: run \`npm run docs\``);
      process.exit(1);
    }
  } else {
    writeFileSync(GUIDE, next);
    console.log(`wrote the generated tables of ${GUIDE}`);
  }
}
