import { expect } from '@open-wc/testing';
import type { Slot } from '@nara/contract';
import { groupByPartOfDay, slotsByDay, weekDates, weekStart, when } from './slot-days.js';

const slot = (start: string): Slot => ({ id: `c/doctor/physical/${start}`, clinic: 'c', start, end: start, visitType: 'physical', profession: 'doctor' });

describe('slot days (Intl, Europe/Stockholm)', () => {
  it('says dates and times the Swedish and the English way', () => {
    expect(when.dateTime('2026-12-01T13:30:00.000Z', 'sv')).to.equal('tisdag 1 december 14:30');
    expect(when.dateTime('2026-12-01T13:30:00.000Z', 'en')).to.equal('Tuesday 1 December 14:30');
    expect(when.dateTime('2026-07-07T06:05:00.000Z', 'sv')).to.equal('tisdag 7 juli 08:05');
    expect(when.longDate('2026-03-29', 'sv')).to.equal('söndag 29 mars');
    expect(when.time('2026-10-25T07:00:00.000Z', 'sv')).to.equal('08:00');
  });

  it('groups by Stockholm day and part of day', () => {
    const slots = [
      slot('2026-12-01T22:45:00.000Z'), // 23:45 on the 1st
      slot('2026-12-01T23:15:00.000Z'), // 00:15 on the 2nd
      slot('2026-12-01T07:00:00.000Z'), // 08:00
      slot('2026-12-01T12:00:00.000Z'), // 13:00
    ];
    const days = slotsByDay(slots);
    expect([...days.keys()]).to.deep.equal(['2026-12-01', '2026-12-02']);
    const groups = groupByPartOfDay(days.get('2026-12-01')!);
    expect(groups.map((g) => [g.part, g.slots.length])).to.deep.equal([
      ['morning', 1],
      ['afternoon', 1],
      ['evening', 1],
    ]);
  });

  it('weeks start on Monday', () => {
    expect(weekStart('2026-12-03')).to.equal('2026-11-30');
    expect(weekStart('2026-11-30')).to.equal('2026-11-30');
    expect(weekDates('2026-03-23').at(-1)).to.equal('2026-03-29');
  });
});
