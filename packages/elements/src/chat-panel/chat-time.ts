import type { Locale } from '../base/locale.js';
import { dateFormat } from '../base/date-format.js';

const ZONE = 'Europe/Stockholm';
const format = (locale: Locale, options: Intl.DateTimeFormatOptions) => dateFormat(locale, { timeZone: ZONE, ...options });

const dayKey = (at: Date) => format('sv', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** A message's time in Europe/Stockholm: "14:05" today, "i går 14:05", else "3 nov. 14:05". */
export function messageTime(at: string | Date, locale: Locale, now = new Date(), words = { today: '', yesterday: '' }): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  const time = format(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  const day = dayKey(date);
  if (day === dayKey(now)) return words.today ? `${words.today} ${time}` : time;
  if (day === dayKey(new Date(now.getTime() - 86_400_000))) return `${words.yesterday} ${time}`;
  const sameYear = day.slice(0, 4) === dayKey(now).slice(0, 4);
  return `${format(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(date)} ${time}`;
}

/** A machine-readable `datetime` for `<time>`. */
export const isoTime = (at: string) => new Date(at).toISOString();

/** "onsdag 26 nov. 08:00" for an opening time. */
export function openingTime(at: string, locale: Locale): string {
  return format(locale, { weekday: 'long', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
}
