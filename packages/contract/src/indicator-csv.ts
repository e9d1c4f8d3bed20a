import type { Indicator } from './follow-up.js';

/** The indicators as CSV (RFC 4180, `;`-free, UTF-8): one row per clinic and indicator. */
export function indicatorsCsv(rows: { clinic: string; indicators: Indicator[] }[], locale: 'sv' | 'en'): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = ['clinic,id,label,unit,numerator,denominator,value,suppressed'];
  for (const { clinic, indicators } of rows) {
    for (const i of indicators) {
      lines.push([clinic, i.id, i.label[locale], i.unit, i.numerator, i.denominator, i.value, i.suppressed ? 'true' : 'false'].map(cell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
