import type { Locale } from '@nara/contract';

/** Seed and catalogue text in both of Nära's languages. */
export type Text = Record<Locale, string>;

export const text = (sv: string, en: string): Text => ({ sv, en });
