import { intlLocale, type Locale } from './locale.js';

/** "1,2 MB", "340 kB" in the patient's language; decimal units (1 MB = 1 000 000 bytes), as the limits are stated. */
export function formatSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(1, Math.round(bytes / 1e3)), 'kilobyte'];
  return new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** A size limit in megabytes as a number in the patient's language ("10", "2,5"). */
export function megabytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(bytes / 1e6);
}
