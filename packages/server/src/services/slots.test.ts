import { expect } from '@open-wc/testing';
import { localDateOf, wallClock } from '@nara/contract';
import type { ClinicSchedule } from '../seed/schedules.js';
import { scheduleSeeds } from '../seed/schedules.js';
import { SlotSchedule, parseSlotId, slotId } from './slots.js';

const base = scheduleSeeds[0];
const sundayVideo: ClinicSchedule = {
  ...base,
  occupancy: 0,
  blocks: [{ visitType: 'video', profession: 'nurse', days: [7], opens: '08:00', closes: '10:00', minutes: 30, breaks: [{ from: '09:00', to: '09:15' }] }],
};
const localTime = (iso: string) => {
  const w = wallClock(Date.parse(iso));
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
};

describe('slots from opening hours', () => {
  const schedule = new SlotSchedule([sundayVideo]);
  const now = new Date('2026-03-01T00:00:00Z');

  it('on the last Sunday of March, 08:00 Stockholm is 06:00 UTC', () => {
    const slots = schedule.generate('vc-linden', new Date('2026-03-28T00:00:00Z'), new Date('2026-03-30T00:00:00Z'), {}, now);
    expect(slots.map((s) => s.start)).to.deep.equal([
      '2026-03-29T06:00:00.000Z',
      '2026-03-29T06:30:00.000Z',
      '2026-03-29T07:15:00.000Z',
    ]);
    // 09:00–09:15 is a break and 09:45 + 30 min would pass closing time.
    expect(slots.map((s) => localTime(s.start))).to.deep.equal(['08:00', '08:30', '09:15']);
    expect(slots[0].end).to.equal('2026-03-29T06:30:00.000Z');
  });

  it('on the last Sunday of October, 08:00 Stockholm is 07:00 UTC', () => {
    const october = new Date('2026-10-01T00:00:00Z');
    const slots = schedule.generate('vc-linden', new Date('2026-10-24T00:00:00Z'), new Date('2026-10-26T12:00:00Z'), {}, october);
    expect(slots.map((s) => s.start)).to.deep.equal(['2026-10-25T07:00:00.000Z', '2026-10-25T07:30:00.000Z', '2026-10-25T08:15:00.000Z']);
  });

  it('the seeded weekend video times stay within 08:00–14:00 local on both change days', () => {
    const seeded = new SlotSchedule();
    for (const [day, at] of [['2026-03-29', now], ['2026-10-25', new Date('2026-10-01T00:00:00Z')]] as const) {
      const from = new Date(`${day}T00:00:00+01:00`);
      const slots = seeded.generate('vc-linden', from, new Date(from.getTime() + 86_400_000), { visitType: 'video', profession: 'nurse' }, at);
      expect(slots.length).to.be.greaterThan(10);
      for (const slot of slots) {
        expect(localDateOf(slot.start)).to.equal(day);
        expect(localTime(slot.start) >= '08:00' && localTime(slot.end) <= '14:00', `${slot.start}`).to.equal(true);
      }
    }
  });

  it('leaves out times too close to now, and filters by visit type and profession', () => {
    const seeded = new SlotSchedule();
    const at = new Date('2026-12-01T09:10:00Z'); // Tuesday 10:10 local
    const slots = seeded.generate('vc-linden', at, new Date('2026-12-02T00:00:00Z'), { visitType: 'physical', profession: 'doctor' }, at);
    expect(slots.length).to.be.greaterThan(0);
    for (const slot of slots) {
      expect(Date.parse(slot.start) - at.getTime()).to.be.at.least(60 * 60_000);
      expect(slot).to.include({ visitType: 'physical', profession: 'doctor', clinic: 'vc-linden' });
      expect(localTime(slot.start) < '12:00' || localTime(slot.start) >= '13:00').to.equal(true);
    }
  });

  it('gives every time one deterministic id that can be read back', () => {
    const [slot] = schedule.generate('vc-linden', new Date('2026-03-29T00:00:00Z'), new Date('2026-03-30T00:00:00Z'), {}, now);
    expect(slot.id).to.equal('vc-linden/nurse/video/2026-03-29T06:00:00.000Z');
    expect(slotId(parseSlotId(slot.id)!)).to.equal(slot.id);
    expect(schedule.find(slot.id, now)).to.deep.equal(slot);
    expect(schedule.find('vc-linden/nurse/video/2026-03-29T06:10:00.000Z', now)).to.equal(null);
    expect(parseSlotId('../etc/passwd')).to.equal(null);
  });
});
