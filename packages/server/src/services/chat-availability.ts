import type { ChatAvailability, OpeningHours, Profession } from '@nara/contract';

const ZONE = 'Europe/Stockholm';

/** Within how many hours of opening time each profession answers a chat (shown as "we answer within…"). */
export const REPLY_WITHIN_HOURS: Record<Profession, number> = {
  secretary: 24,
  nurse: 4,
  doctor: 24,
  'child-health-nurse': 4,
  physiotherapist: 24,
  psychologist: 48,
  counsellor: 48,
  midwife: 24,
  '1177-nurse': 1,
};

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Stockholm wall-clock fields of an instant. */
export function stockholmTime(at: Date) {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    /** ISO weekday, 1 = Monday. */
    weekday: WEEKDAYS.indexOf(p.weekday) + 1,
    minutes: Number(p.hour) * 60 + Number(p.minute),
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant of a Stockholm wall-clock time (daylight saving time included). */
export function stockholmInstant(year: number, month: number, day: number, minutes: number): Date {
  const guess = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  let instant = guess;
  for (let i = 0; i < 2; i++) {
    const local = stockholmTime(new Date(instant));
    const localAsUtc = Date.UTC(local.year, local.month - 1, local.day, Math.floor(local.minutes / 60), local.minutes % 60);
    instant += guess - localAsUtc;
  }
  return new Date(instant);
}

/** The chat hours of one profession among a clinic's opening hours. */
export function chatHours(openingHours: OpeningHours[], profession: Profession): OpeningHours[] {
  return openingHours.filter((h) => h.channel === 'chat' && h.profession === profession);
}

/** Whether the chat is staffed at `now` and, if not, when it opens next (within two weeks). */
export function chatAvailability(openingHours: OpeningHours[], profession: Profession, now: Date): ChatAvailability {
  const hours = chatHours(openingHours, profession);
  const local = stockholmTime(now);
  const open = hours.some((h) => h.days.includes(local.weekday) && local.minutes >= toMinutes(h.opens) && local.minutes < toMinutes(h.closes));
  const availability: ChatAvailability = { open, replyWithinHours: REPLY_WITHIN_HOURS[profession], hours };
  if (open || hours.length === 0) return availability;
  for (let offset = 0; offset < 15; offset++) {
    // Noon of the day `offset` days ahead, so the date is right across DST changes.
    const day = stockholmTime(new Date(stockholmInstant(local.year, local.month, local.day, 12 * 60).getTime() + offset * 86_400_000));
    const starts = hours
      .filter((h) => h.days.includes(day.weekday))
      .map((h) => toMinutes(h.opens))
      .filter((m) => offset > 0 || m > local.minutes)
      .sort((a, b) => a - b);
    if (starts.length > 0) {
      availability.nextOpensAt = stockholmInstant(day.year, day.month, day.day, starts[0]).toISOString();
      return availability;
    }
  }
  return availability;
}
