import { localDatesBetween, localToInstant, isoWeekday, type Profession, type Slot, type VisitType } from '@nara/contract';
import { HttpProblem, notFound } from '../http/problem.js';
import { scheduleSeeds, type ClinicSchedule, type ScheduleBlock } from '../seed/schedules.js';

/**
 * The order free times are shown in everywhere (the listing, a visit offer): soonest first, and times that
 * start together by id. Same-format ISO strings: plain comparison orders them in time (and is much faster
 * than localeCompare).
 */
export const soonestFirst = (a: { start: string; id: string }, b: { start: string; id: string }): number =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export interface SlotFilter {
  visitType?: VisitType;
  profession?: Profession;
}

/** The parts a slot id is made of. */
export interface SlotKey {
  clinic: string;
  profession: Profession;
  visitType: VisitType;
  start: string;
}

/** The deterministic id of a slot: the same time has the same id in every listing. */
export const slotId = (key: SlotKey) => `${key.clinic}/${key.profession}/${key.visitType}/${key.start}`;

/** Reads a slot id back into its parts; null when it is not one. */
export function parseSlotId(id: string): SlotKey | null {
  const match = /^([\w-]+)\/([\w-]+)\/(physical|video|phone)\/(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/.exec(id);
  if (!match || Number.isNaN(Date.parse(match[4]))) return null;
  return { clinic: match[1], profession: match[2] as Profession, visitType: match[3] as VisitType, start: match[4] };
}

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
};
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A fixed hash (FNV-1a) in [0, 1): which times the seed pretends other patients hold. */
function seededShare(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}

/** Clinics' bookable times: opening blocks in Europe/Stockholm wall-clock time, turned into UTC slots. */
export class SlotSchedule {
  private readonly byClinic: Map<string, ClinicSchedule>;

  /** The clinics' current schedule settings (blocks and limits) when an admin may change them. */
  settings?: (clinic: string) => Pick<ClinicSchedule, 'blocks' | 'cancelLimitHours' | 'leadMinutes' | 'horizonDays'> | undefined;

  constructor(schedules: ClinicSchedule[] = scheduleSeeds) {
    this.byClinic = new Map(schedules.map((s) => [s.clinic, s]));
  }

  /** The schedule as configured at start (the seed's): the initial settings. */
  base(clinic: string): ClinicSchedule | undefined {
    return this.byClinic.get(clinic);
  }

  /** The clinic's schedule now: its blocks and limits from the current settings. */
  schedule(clinic: string): ClinicSchedule {
    const schedule = this.byClinic.get(clinic);
    if (!schedule) throw notFound(`A booking schedule for clinic ${clinic}`);
    const current = this.settings?.(clinic);
    return current ? { ...schedule, ...current } : schedule;
  }

  /**
   * Every slot the schedule has starting in [from, to), before bookings are taken away. Slots
   * closer than the lead time to `now`, or past the horizon, are left out.
   */
  generate(clinic: string, from: Date, to: Date, filter: SlotFilter, now: Date): Slot[] {
    const schedule = this.schedule(clinic);
    const earliest = Math.max(from.getTime(), now.getTime() + schedule.leadMinutes * 60_000);
    const latest = Math.min(to.getTime(), now.getTime() + schedule.horizonDays * 86_400_000);
    if (earliest >= latest) return [];
    const blocks = schedule.blocks.filter(
      (b) => (!filter.visitType || b.visitType === filter.visitType) && (!filter.profession || b.profession === filter.profession),
    );
    const slots: Slot[] = [];
    for (const date of localDatesBetween(earliest, latest)) {
      const weekday = isoWeekday(date);
      for (const block of blocks) {
        if (!block.days.includes(weekday)) continue;
        for (const [startTime, endTime] of this.times(block)) {
          const start = localToInstant(date, startTime).getTime();
          if (start < earliest || start >= latest) continue;
          const key = { clinic, profession: block.profession, visitType: block.visitType, start: new Date(start).toISOString() };
          if (seededShare(slotId(key)) < schedule.occupancy) continue;
          slots.push({ id: slotId(key), ...key, end: localToInstant(date, endTime).toISOString() });
        }
      }
    }
    return slots.sort(soonestFirst);
  }

  /** The slot an id names, if the schedule has it (free or not) and it can still be booked at `now`. */
  find(id: string, now: Date): Slot | null {
    const key = parseSlotId(id);
    if (!key || !this.byClinic.has(key.clinic)) return null;
    const start = new Date(key.start);
    return this.generate(key.clinic, start, new Date(start.getTime() + 1), key, now).find((s) => s.id === id) ?? null;
  }

  /** A block's visit times as local [start, end] pairs, skipping breaks. */
  private times(block: ScheduleBlock): [string, string][] {
    const times: [string, string][] = [];
    const closes = minutesOf(block.closes);
    const breaks = (block.breaks ?? []).map((b) => [minutesOf(b.from), minutesOf(b.to)]);
    for (let start = minutesOf(block.opens); start + block.minutes <= closes; ) {
      const end = start + block.minutes;
      const overlapping = breaks.find(([from, to]) => start < to && end > from);
      if (overlapping) {
        start = overlapping[1];
        continue;
      }
      times.push([timeOf(start), timeOf(end)]);
      start = end;
    }
    return times;
  }
}

/** Checks a slot range from a query. */
export function slotRange(fromIso: string, toIso: string, maxDays: number): { from: Date; to: Date } {
  const from = new Date(fromIso);
  const to = new Date(toIso);
  if (!(from < to)) throw new HttpProblem(422, 'invalid', '`from` must be before `to`', [{ path: 'from', message: 'must be before to' }]);
  if (to.getTime() - from.getTime() > maxDays * 86_400_000) {
    throw new HttpProblem(422, 'invalid', `A slot listing covers at most ${maxDays} days`, [{ path: 'to', message: `at most ${maxDays} days after from` }]);
  }
  return { from, to };
}
