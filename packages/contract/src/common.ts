import * as z from 'zod/mini';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** Ways to meet care. */
export const CHANNELS = ['chat', 'video', 'phone', 'physical'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** Who handles an errand. */
export const PROFESSIONS = [
  'secretary',
  'nurse',
  'doctor',
  'child-health-nurse',
  'physiotherapist',
  'psychologist',
  'counsellor',
  'midwife',
  '1177-nurse',
] as const;
export const Profession = z.enum(PROFESSIONS);
export type Profession = z.infer<typeof Profession>;

/** The built-in icon set that tiles and actions draw from. */
export const ICONS = [
  'chat',
  'video',
  'phone',
  'calendar',
  'prescription',
  'document',
  'child',
  'test-result',
  'certificate',
  'clinic',
  'self-care',
  'emergency',
  'vaccine',
  'heart',
  'link',
] as const;
export const Icon = z.enum(ICONS);
export type Icon = z.infer<typeof Icon>;

/** "HH:MM", 24-hour, Europe/Stockholm local time. */
export const LocalTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
/** An instant, ISO 8601 with offset or Z. */
export const Instant = z.iso.datetime({ offset: true });

/** A link the widget may render: only https, http or tel. */
export const SafeUrl = z.string().check(z.maxLength(2000), z.regex(/^(https?:\/\/|tel:)/i));
