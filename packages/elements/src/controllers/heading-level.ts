/**
 * The level of a heading an element renders, from the `heading-level` the author gave (so the
 * element fits the page's outline): clamped to 1–6, `deeper` levels below it for sub-headings.
 * A missing or nonsensical attribute falls back to 2.
 */
export function headingLevel(level: number | undefined, deeper = 0): number {
  const given = Number.isFinite(level) ? Math.round(level!) : 2;
  return Math.min(6, Math.max(1, given) + deeper);
}
