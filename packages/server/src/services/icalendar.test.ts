import { expect } from '@open-wc/testing';
import { calendarFile, escapeText, foldLine } from './icalendar.js';

describe('iCalendar files (RFC 5545)', () => {
  const file = calendarFile({
    uid: 'b1@nara',
    stamp: new Date('2026-11-25T10:00:00Z'),
    start: new Date('2026-12-03T13:30:00Z'),
    end: new Date('2026-12-03T14:00:00Z'),
    summary: 'Besök: Läkare, Vårdcentralen Linden',
    location: 'Vårdcentralen Linden, Lindengatan 12, 611 32 Nyköping',
    description: 'Kom 10 minuter före.\nTa med: Legitimation; frikort',
    status: 'CONFIRMED',
    sequence: 0,
  });

  it('ends every line with CRLF and has DTSTART in UTC', () => {
    expect(file.endsWith('\r\n')).to.equal(true);
    expect(file.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(file).to.contain('\r\nDTSTART:20261203T133000Z\r\n');
    expect(file).to.contain('\r\nDTEND:20261203T140000Z\r\n');
    expect(file.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
  });

  it('escapes text and folds lines at 75 octets without splitting letters', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    expect(file).to.contain('LOCATION:Vårdcentralen Linden\\, Lindengatan 12\\, 611 32 Nyköping');
    const encoder = new TextEncoder();
    for (const line of file.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    const long = foldLine('DESCRIPTION:' + 'åäö'.repeat(40));
    expect(long.split('\r\n').length).to.be.greaterThan(1);
    expect(long.replace(/\r\n /g, '')).to.equal('DESCRIPTION:' + 'åäö'.repeat(40));
  });
});
