/**
 * The stories' clock: the server app runs at 10:00 Stockholm time on today's date (the next weekday
 * at weekends), then moves on in real time. So the chat is open and "Du är näst på tur" in every
 * story, whatever hour the designer opens Storybook — and the booking picker's days are still real.
 */
const ZONE = 'Europe/Stockholm';

function stockholmHour(date: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', hourCycle: 'h23' }).format(date));
}

/** 10:00 in Stockholm on the Stockholm date of `from`, or of the next weekday. */
export function storyMorning(from = new Date()): Date {
  const day = new Date(from);
  for (;;) {
    const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short' }).format(day);
    if (weekday !== 'Sat' && weekday !== 'Sun') break;
    day.setUTCDate(day.getUTCDate() + 1);
  }
  const ymd = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
  // CET is UTC+1, CEST UTC+2: take the offset that lands on 10 o'clock
  const winter = new Date(`${ymd}T10:00:00+01:00`);
  return stockholmHour(winter) === 10 ? winter : new Date(`${ymd}T10:00:00+02:00`);
}

const started = Date.now();
const morning = storyMorning();

/** The server app's `now` in stories. */
export const storyNow = () => new Date(morning.getTime() + (Date.now() - started));
