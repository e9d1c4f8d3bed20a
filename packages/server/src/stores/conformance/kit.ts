import type { Store } from '../store.js';

/**
 * The store conformance format: plain cases, no test runner. Every `Store` implementation runs the
 * same list — the memory store in the browser (store-conformance.test.ts), memory, PGlite and
 * PostgreSQL under node:test (packages/server-node/src/stores/store.node.test.ts) — one store per
 * implementation, shared by all cases: each case works in a `Scope` of its own (people, clinics and
 * ids no other case uses), so cases neither see nor disturb each other and need no empty store.
 */
export interface StoreCase {
  /** The `Store` area the case is about. */
  area: StoreArea;
  name: string;
  run(store: Store, scope: Scope): Promise<void>;
}

export type StoreArea = Exclude<keyof Store, 'close'>;

/** Names that are the case's own: the same name gives the same value within one scope. */
export interface Scope {
  /** A 12-digit personnummer-like id. */
  person(name?: string): string;
  clinic(name?: string): string;
  id(name?: string): string;
}

const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

export function newScope(): Scope {
  const made = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    if (!made.has(key)) made.set(key, make());
    return made.get(key)!;
  };
  return {
    person: (name = 'patient') => once(`person:${name}`, () => `19${digits(10)}`),
    clinic: (name = 'clinic') => once(`clinic:${name}`, () => `${name}-${crypto.randomUUID().slice(0, 8)}`),
    id: (name = 'id') => once(`id:${name}`, () => `${name}-${crypto.randomUUID()}`),
  };
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`store conformance: ${message}`);
}

/** JSON with sorted keys; bytes and sets as arrays. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return { bytes: Array.from(v) };
    if (v instanceof Set) return { set: [...v].sort() };
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
    return v;
  });
}

/** Deep equality (keys in any order, `undefined` properties as absent). */
export function same(actual: unknown, expected: unknown, message: string): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new Error(`store conformance: ${message}\n  got:      ${a}\n  expected: ${e}`);
}
