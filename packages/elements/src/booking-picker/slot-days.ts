import { CLINIC_TIME_ZONE, addDays, isoWeekday, localDateOf, wallClock, type LocalDate, type Slot } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { dateFormat } from '../base/date-format.js';

/** Parts of a day, by the local start time: before 12, 12–17, from 17. */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export function partOfDay(slot: Slot): PartOfDay {
  const { hour } = wallClock(Date.parse(slot.start), CLINIC_TIME_ZONE);
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

/** Slots by local calendar date, each day's slots in time order. */
export function slotsByDay(slots: readonly Slot[]): Map<LocalDate, Slot[]> {
  const days = new Map<LocalDate, Slot[]>();
  for (const slot of slots) {
    const day = localDateOf(slot.start, CLINIC_TIME_ZONE);
    let list = days.get(day);
    if (!list) days.set(day, (list = []));
    list.push(slot);
  }
  const order = (a: Slot, b: Slot) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const list of days.values()) list.sort(order);
  return days;
}

/** One day's slots grouped by part of day, leaving out empty parts. */
export function groupByPartOfDay(slots: readonly Slot[]): { part: PartOfDay; slots: Slot[] }[] {
  return PARTS_OF_DAY.map((part) => ({ part, slots: slots.filter((s) => partOfDay(s) === part) })).filter((g) => g.slots.length > 0);
}

/** The Monday of the week a date is in. */
export function weekStart(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The seven dates of the week starting at `monday`. */
export function weekDates(monday: LocalDate): LocalDate[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Noon UTC on a date: a safe instant to format the date itself (never the day before or after). */
const noonOf = (date: LocalDate) => new Date(`${date}T12:00:00Z`);

const formatter = (locale: Locale, options: Intl.DateTimeFormatOptions, timeZone: string) => dateFormat(locale, { ...options, timeZone });

/** Every date and time a person sees, through Intl in Europe/Stockholm time. */
export const when = {
  /** "14:30" */
  time: (instant: string, locale: Locale) => formatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, CLINIC_TIME_ZONE).format(new Date(instant)),
  /** "tisdag 3 december 14:30" / "Tuesday 3 December 14:30" (date and time composed: no "kl." or "at"). */
  dateTime: (instant: string, locale: Locale) => `${when.dateOf(instant, locale)} ${when.time(instant, locale)}`,
  /** "tisdag 3 december": the Stockholm date of an instant. */
  dateOf: (instant: string, locale: Locale) =>
    formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }, CLINIC_TIME_ZONE).format(new Date(instant)).replace(/,/g, ''),
  /** "tisdag 3 december" */
  longDate: (date: LocalDate, locale: Locale) => formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }, 'UTC').format(noonOf(date)).replace(/,/g, ''),
  /** "tis" */
  shortWeekday: (date: LocalDate, locale: Locale) => formatter(locale, { weekday: 'short' }, 'UTC').format(noonOf(date)).replace('.', ''),
  /** "3" */
  dayOfMonth: (date: LocalDate) => String(Number(date.slice(8, 10))),
  /** "dec" */
  shortMonth: (date: LocalDate, locale: Locale) => formatter(locale, { month: 'short' }, 'UTC').format(noonOf(date)).replace('.', ''),
  /** "30 nov – 6 dec" */
  range: (from: LocalDate, to: LocalDate, locale: Locale) => formatter(locale, { day: 'numeric', month: 'short' }, 'UTC').formatRange(noonOf(from), noonOf(to)),
};

/** Today's date in Stockholm. */
export const today = (now = Date.now()) => localDateOf(now, CLINIC_TIME_ZONE);
