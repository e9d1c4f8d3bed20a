import type { AnswerValue, Coding, ItemType, Quantity } from './types.js';

/** The one `value[x]` an answer carries, as [key, value]. */
export function valueOf(answer: AnswerValue): [keyof AnswerValue, unknown] | undefined {
  for (const key in answer) if (key.startsWith('value')) return [key as keyof AnswerValue, answer[key as keyof AnswerValue]];
  return undefined;
}

const codingEquals = (a: Coding, b: Coding) => a.code === b.code && (!a.system || !b.system || a.system === b.system) && (a.code !== undefined || a.display === b.display);

/** Whether two values (answer or enableWhen's answer[x], already reduced to their value) are equal. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && a && typeof b === 'object' && b) {
    if ('value' in a || 'value' in b) {
      const qa = a as Quantity, qb = b as Quantity;
      return qa.value === qb.value && (qa.code ?? qa.unit) === (qb.code ?? qb.unit);
    }
    if ('url' in a || 'data' in a) return (a as { url?: string }).url === (b as { url?: string }).url;
    return codingEquals(a as Coding, b as Coding);
  }
  return a === b;
}

/** Orders two values: numbers, quantities, ISO dates and times. `undefined` when they cannot be ordered. */
export function compareValues(a: unknown, b: unknown): number | undefined {
  const n = (v: unknown) => (typeof v === 'object' && v && 'value' in v ? (v as Quantity).value : v);
  const x = n(a), y = n(b);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'string' && typeof y === 'string') {
    const tx = Date.parse(x), ty = Date.parse(y);
    if (!Number.isNaN(tx) && !Number.isNaN(ty) && x.length >= 10 && y.length >= 10) return tx - ty;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return undefined;
}

/** How text typed into an item becomes its answer: `parseText` (dates.ts) for every item type, `parseBasicText` without dates, times and urls. */
export type TextParser = (type: ItemType, text: string, unit?: Coding) => AnswerValue | null | undefined;

/** `parseText` for string, text, open-choice, integer, decimal and quantity items; any other type's text is not valid. */
export const parseBasicText: TextParser = (type, text, unit) => {
  const t = text.trim();
  if (t === '') return null;
  switch (type) {
    case 'string':
    case 'text':
    case 'open-choice':
      return { valueString: text };
    case 'integer':
      return /^[+-]?\d{1,15}$/.test(t) ? { valueInteger: Number(t) } : undefined;
    case 'decimal':
    case 'quantity': {
      const s = t.replace(/\s/g, '').replace(',', '.').replace('−', '-');
      if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
      const value = Number(s);
      if (type === 'decimal') return { valueDecimal: value };
      return { valueQuantity: { value, ...(unit ? { unit: unit.display ?? unit.code, system: unit.system, code: unit.code } : {}) } };
    }
    default:
      return undefined;
  }
};

/** An answer as the text an input shows (the inverse of `parseText`). */
export function formatValue(answer: AnswerValue | undefined, decimalComma = false): string {
  if (!answer) return '';
  const [key, value] = valueOf(answer) ?? [];
  if (value === undefined) return '';
  const number = (n: number) => (decimalComma ? String(n).replace('.', ',') : String(n));
  switch (key) {
    case 'valueDecimal':
      return number(value as number);
    case 'valueQuantity':
      return (value as Quantity).value === undefined ? '' : number((value as Quantity).value!);
    case 'valueTime':
      return (value as string).slice(0, 5);
    case 'valueDateTime': {
      const v = value as string;
      const instant = new Date(v);
      // sv-SE writes "2026-03-14 08:30": the format the input takes back
      return v.length <= 10 || Number.isNaN(instant.getTime())
        ? v
        : new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(instant);
    }
    case 'valueCoding':
      return (value as Coding).display ?? (value as Coding).code ?? '';
    case 'valueAttachment':
      return (value as { title?: string }).title ?? '';
    default:
      return String(value);
  }
}
