import { intlLocale, type Locale } from './locale.js';
import { localeNotes } from './locale-notes.js';

/** Weekday (Monday first) and month names, for a language the browser's `Intl` has no data for. */
export interface DateNames {
  weekdays: string[];
  weekdaysShort: string[];
  months: string[];
  monthsShort: string[];
}

export interface DateFormat {
  format(date: Date): string;
  formatRange(from: Date, to: Date): string;
}

const cache = new Map<string, DateFormat>();

/**
 * Dates and times through `Intl` in the element's language. Browsers ship without data for some
 * languages (Chromium has none for Somali, and would silently write English): then the parts come
 * from British English (day before month, 24-hour clock) with the language's own names put in.
 */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): DateFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = makeFormat(locale, options)));
  return format;
}

function makeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): DateFormat {
  const tag = intlLocale(locale);
  const names = localeNotes[locale].dateNames;
  if (!names || Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0) return new Intl.DateTimeFormat(tag, options);
  const english = new Intl.DateTimeFormat('en-GB', options);
  const partsOf = (parts: Intl.DateTimeFormatPart[], date: Date) => parts.map((p) => named(p, date, options, names)).join('');
  return {
    format: (date) => partsOf(english.formatToParts(date), date),
    formatRange: (from, to) =>
      english
        .formatRangeToParts(from, to)
        .map((p) => named(p, p.source === 'endRange' ? to : from, options, names))
        .join(''),
  };
}

/** A weekday or month part in the language's own words. */
function named(part: Intl.DateTimeFormatPart, date: Date, options: Intl.DateTimeFormatOptions, names: DateNames): string {
  const zone = options.timeZone ?? 'UTC';
  if (part.type === 'weekday') {
    const english = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: zone }).format(date);
    const index = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(english);
    return (options.weekday === 'long' ? names.weekdays : names.weekdaysShort)[index] ?? part.value;
  }
  if (part.type === 'month' && (options.month === 'long' || options.month === 'short')) {
    const month = Number(new Intl.DateTimeFormat('en-US', { month: 'numeric', timeZone: zone }).format(date)) - 1;
    return (options.month === 'long' ? names.months : names.monthsShort)[month] ?? part.value;
  }
  return part.value;
}
