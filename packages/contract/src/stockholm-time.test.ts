import { expect } from '@open-wc/testing';
import { addDays, isoWeekday, localDateOf, localDatesBetween, localToInstant, offsetMinutes, wallClock } from './stockholm-time.js';

describe('Europe/Stockholm time without a time-zone library', () => {
  it('turns winter and summer wall-clock times into UTC instants', () => {
    expect(localToInstant('2026-12-03', '14:30').toISOString()).to.equal('2026-12-03T13:30:00.000Z');
    expect(localToInstant('2026-07-01', '08:00').toISOString()).to.equal('2026-07-01T06:00:00.000Z');
  });

  it('opens at 08:00 on the last Sunday of March (spring forward at 02:00)', () => {
    expect(localToInstant('2026-03-28', '08:00').toISOString()).to.equal('2026-03-28T07:00:00.000Z');
    expect(localToInstant('2026-03-29', '08:00').toISOString()).to.equal('2026-03-29T06:00:00.000Z');
    expect(localToInstant('2026-03-29', '01:59').toISOString()).to.equal('2026-03-29T00:59:00.000Z');
    expect(localToInstant('2026-03-29', '03:00').toISOString()).to.equal('2026-03-29T01:00:00.000Z');
    // 02:30 does not exist that night: it moves forward by the gap, to 03:30 summer time.
    expect(localToInstant('2026-03-29', '02:30').toISOString()).to.equal('2026-03-29T01:30:00.000Z');
  });

  it('opens at 08:00 on the last Sunday of October (fall back at 03:00)', () => {
    expect(localToInstant('2026-10-24', '08:00').toISOString()).to.equal('2026-10-24T06:00:00.000Z');
    expect(localToInstant('2026-10-25', '08:00').toISOString()).to.equal('2026-10-25T07:00:00.000Z');
    // 02:30 happens twice that night: the first (summer time) is meant.
    expect(localToInstant('2026-10-25', '02:30').toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    expect(localToInstant('2026-10-25', '03:30').toISOString()).to.equal('2026-10-25T02:30:00.000Z');
  });

  it('reads instants back as Stockholm wall clock and calendar date', () => {
    expect(offsetMinutes(Date.parse('2026-01-15T12:00:00Z'))).to.equal(60);
    expect(offsetMinutes(Date.parse('2026-06-15T12:00:00Z'))).to.equal(120);
    expect(wallClock(Date.parse('2026-10-25T07:00:00Z'))).to.include({ hour: 8, minute: 0, day: 25 });
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(localDateOf('2026-12-31T23:30:00Z')).to.equal('2027-01-01');
  });

  it('counts calendar days and weekdays', () => {
    expect(isoWeekday('2026-03-29')).to.equal(7);
    expect(isoWeekday('2026-11-30')).to.equal(1);
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(localDatesBetween(Date.parse('2026-03-28T12:00:00Z'), Date.parse('2026-03-30T05:00:00Z'))).to.deep.equal([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
    ]);
  });
});
