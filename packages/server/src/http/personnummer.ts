/** Swedish personal identity numbers (personnummer), 12 digits `YYYYMMDDNNNC`. */

/** The Luhn check digit over the 9 digits `YYMMDDNNN`. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Normalises `19121212-1212` / `191212121212` to 12 digits, or null when it is not a valid personnummer. */
export function parsePersonnummer(input: string): string | null {
  const digits = input.replace(/[-+\s]/g, '');
  if (!/^\d{12}$/.test(digits)) return null;
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  // Samordningsnummer add 60 to the day.
  const realDay = day > 60 ? day - 60 : day;
  const date = new Date(Date.UTC(year, month - 1, realDay));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== realDay) return null;
  if (luhnCheckDigit(digits.slice(2, 11)) !== Number(digits[11])) return null;
  return digits;
}

/** Age in whole years on `today` (Europe/Stockholm calendar day). */
export function ageOn(personnummer: string, today: Date = new Date()): number {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(today)
    .split('-')
    .map(Number);
  const by = Number(personnummer.slice(0, 4));
  const bm = Number(personnummer.slice(4, 6));
  let bd = Number(personnummer.slice(6, 8));
  if (bd > 60) bd -= 60;
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** On 1177, a guardian reaches a child's errands until the child turns 13. */
export const GUARDIAN_ACCESS_UNTIL_AGE = 13;
