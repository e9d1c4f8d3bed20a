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
    // "can't" is one word: "cant"
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export const tokenize = (value: string): string[] => {
  const normal = normalize(value);
  return normal ? normal.split(' ') : [];
};

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment Damerau–Levenshtein distance between `a` and the first `bLength`
 * characters of `b` (all of it by default), giving up (returning `max + 1`) as soon as the distance
 * must exceed `max`. Adjacent transpositions cost 1. Allocates nothing for words under 64 letters.
 */
export function boundedDistance(a: string, b: string, max: number, bLength: number = b.length): number {
  const n = Math.min(bLength, b.length);
  if (Math.abs(a.length - n) > max) return max + 1;
  if (n === b.length && a === b) return 0;
  if (n + 1 > rows[0].length) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = previous[j - 1] + (ai === bj ? 0 : 1);
      if (previous[j] + 1 < value) value = previous[j] + 1;
      if (current[j - 1] + 1 < value) value = current[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && before[j - 2] + 1 < value) value = before[j - 2] + 1;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[n];
}

/** How many typos a query word of this length may contain: none up to 3 letters, 1 up to 7, then 2. */
export const typoBudget = (length: number): number => (length <= 3 ? 0 : length <= 7 ? 1 : 2);
