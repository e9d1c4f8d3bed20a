import type { AnswerValue, ItemType } from './types.js';
import { parseBasicText, type TextParser } from './values.js';

/** The item types whose text is a date, a time or a url (`parseDateText`). */
export const DATE_TYPES: readonly ItemType[] = ['date', 'time', 'dateTime', 'url'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function time(text: string): string | undefined {
  const m = TIME.exec(text);
  if (!m || +m[1] > 23 || +m[2] > 59 || +(m[3] ?? 0) > 59) return undefined;
  return `${pad(+m[1])}:${m[2]}:${m[3] ?? '00'}`;
}

/** The UTC offset of Europe/Stockholm at a local wall-clock time, as "+01:00" / "+02:00". */
export function stockholmOffset(date: string, clock: string): string {
  const guess = Date.parse(`${date}T${clock}Z`);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' }).formatToParts(guess - 3600_000);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** `parseText` for date, time, dateTime and url items (Europe/Stockholm time). */
export function parseDateText(type: ItemType, text: string): AnswerValue | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  switch (type) {
    case 'date':
      return isDate(t) ? { valueDate: t } : undefined;
    case 'time': {
      const clock = time(t);
      return clock ? { valueTime: clock } : undefined;
    }
    case 'dateTime': {
      const [date, clockText] = t.split(/[ T]+/);
      const clock = clockText ? time(clockText) : undefined;
      if (!isDate(date) || !clock) return undefined;
      return { valueDateTime: `${date}T${clock}${stockholmOffset(date, clock)}` };
    }
    case 'url':
      return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(t) ? { valueUri: t } : undefined;
    default:
      return undefined;
  }
}

/**
 * What a person typed, as an answer of the item's type: `null` for nothing typed, `undefined` when
 * the text is not a valid value (the caller keeps the text and reports a type error).
 */
export const parseText: TextParser = (type, text, unit) => (DATE_TYPES.includes(type) ? parseDateText(type, text) : parseBasicText(type, text, unit));
