/**
 * Text normalisation and edit distance for reason search: lower case, no diacritics (å→a, ä→a,
 * ö→o, é→e), punctuation as spaces.
 */
export function normalize(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export const tokenize = (value: string): string[] => {
  const normal = normalize(value);
  return normal ? normal.split(' ') : [];
};

/**
 * Optimal-string-alignment Damerau–Levenshtein distance between `a` and `b`, giving up (returning
 * `max + 1`) as soon as the distance must exceed `max`. Adjacent transpositions cost 1.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let before = new Array<number>(n + 1);
  let previous = new Array<number>(n + 1);
  let current = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n];
}

/** How many typos a query word of this length may contain: none up to 3 letters, 1 up to 7, then 2. */
export const typoBudget = (length: number): number => (length <= 3 ? 0 : length <= 7 ? 1 : 2);
