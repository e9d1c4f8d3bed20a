/**
 * Europe/Stockholm wall-clock time ⇄ UTC instants, through `Intl` only (no time-zone library).
 * Swedish care happens in Swedish time: opening hours are local, instants are stored in UTC.
 */

export const CLINIC_TIME_ZONE = 'Europe/Stockholm';

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields, straight from Intl (slow: tens of microseconds). */
function intlWallClock(ms: number, timeZone: string) {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields;
}

/**
 * Offsets by zone and quarter hour. Zones change offset on whole or half hours (Stockholm: 01:00 UTC),
 * so every instant in a quarter hour has the same offset; a month of slots then costs a few Intl calls.
 */
const offsetCache = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;

/** Minutes the zone is ahead of UTC at an instant (Stockholm: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date | number, timeZone = CLINIC_TIME_ZONE): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const bucket = Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone}|${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    const w = intlWallClock(bucket, timeZone);
    offset = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - bucket) / 60_000);
    if (offsetCache.size > 20_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The wall-clock fields an instant has in a time zone. */
export function wallClock(instant: Date | number, timeZone = CLINIC_TIME_ZONE) {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const local = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** The local calendar date of an instant, `YYYY-MM-DD`. */
export function localDateOf(instant: Date | number | string, timeZone = CLINIC_TIME_ZONE): LocalDate {
  const w = wallClock(typeof instant === 'string' ? Date.parse(instant) : instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/**
 * The instant at which a wall clock in the zone shows `date` `time` ("HH:MM").
 * On the spring-forward day a time that does not exist (02:30) moves forward by the gap (03:30);
 * on the fall-back day a time that exists twice (02:30) is the first one (summer time).
 */
export function localToInstant(date: LocalDate, time: string, timeZone = CLINIC_TIME_ZONE): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The offsets in force the day before and the day after (the same two instants for every time of
  // the date, so they are cached): equal on all but the change days.
  const dayAsUtc = Date.UTC(y, mo - 1, d);
  const candidates = [offsetMinutes(dayAsUtc - 86_400_000, timeZone), offsetMinutes(dayAsUtc + 2 * 86_400_000, timeZone)];
  if (candidates[0] === candidates[1]) return new Date(wallAsUtc - candidates[0] * 60_000);
  // A change day: keep the candidate whose wall clock matches.
  const matching = candidates
    .map((offset) => wallAsUtc - offset * 60_000)
    .filter((ms) => offsetMinutes(ms, timeZone) * 60_000 === wallAsUtc - ms)
    .sort((a, b) => a - b);
  if (matching.length > 0) return new Date(matching[0]);
  // In the gap: the wall clock skips this time; use the offset before the change.
  return new Date(wallAsUtc - candidates[0] * 60_000);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const [y, mo, d] = date.split('-').map(Number);
  return ((new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The calendar date `days` after `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, mo, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
}

/** The local dates from the one `from` falls on to the one `to` falls on, inclusive. */
export function localDatesBetween(from: Date | number, to: Date | number, timeZone = CLINIC_TIME_ZONE): LocalDate[] {
  const last = localDateOf(to, timeZone);
  const dates: LocalDate[] = [];
  for (let date = localDateOf(from, timeZone); date <= last; date = addDays(date, 1)) dates.push(date);
  return dates;
}

const pad = (n: number) => String(n).padStart(2, '0');
