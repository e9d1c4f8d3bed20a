// Runs in Chromium (served by bench/booking.bench.ts): renders a month of slots in nara-booking-picker.
import { HttpBackend } from '@nara/client';
import { addDays } from '@nara/contract';
import { createApp } from '@nara/server';
import '../packages/elements/src/booking-picker/define.js';
import type { NaraBookingPicker } from '../packages/elements/src/booking-picker/booking-picker.js';
import { slotsByDay, weekStart, today } from '../packages/elements/src/booking-picker/slot-days.js';

const app = createApp();
const backend = new HttpBackend({ baseUrl: 'https://bench.invalid', getToken: () => 'test:191212121212', fetch: async (r) => app.fetch(r) });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function until(check: () => boolean) {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((r) => setTimeout(r, 1));
}

async function run() {
  const results: Record<string, number> = {};
  // 1. Grouping a month of every clinic time (all visit types and professions) by day and part of day.
  const from = new Date(`${weekStart(today())}T00:00:00Z`);
  const month = (await backend.getSlots({ clinic: 'vc-linden', from: from.toISOString(), to: new Date(from.getTime() + 35 * 86_400_000).toISOString() } as never)).slots;
  results.monthSlots = month.length;
  const groupTimes: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t = performance.now();
    slotsByDay(month);
    groupTimes.push(performance.now() - t);
  }
  results.groupMonthMs = median(groupTimes);

  // 2. Mount → first times painted, and each of the month's five weeks rendered after "next week".
  const mounts: number[] = [];
  const weeks: number[] = [];
  for (let run = 0; run < 7; run++) {
    const el = document.createElement('nara-booking-picker') as NaraBookingPicker;
    el.setAttribute('clinic', 'vc-linden');
    el.backend = backend;
    const t0 = performance.now();
    document.body.append(el);
    const options = () => el.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0;
    await until(() => options() > 0);
    await frame();
    mounts.push(performance.now() - t0);
    const next = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Nästa vecka"]')!;
    for (let w = 1; w < 5; w++) {
      const before = el.shadowRoot!.querySelector('[role="radio"]')!.getAttribute('data-date');
      const t = performance.now();
      next().click();
      await until(() => el.shadowRoot!.querySelector('[role="radio"]')!.getAttribute('data-date') === addDays(before!, 7) && options() > 0);
      await frame();
      weeks.push(performance.now() - t);
    }
    el.remove();
  }
  results.mountToTimesMs = median(mounts);
  results.weekSwitchMs = median(weeks);
  (window as unknown as { benchResults: unknown }).benchResults = results;
}

run().catch((error) => ((window as unknown as { benchResults: unknown }).benchResults = { error: String(error) }));
