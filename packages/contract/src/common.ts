import * as z from 'zod/mini';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The largest integer a request may carry: PostgreSQL's `integer` (seq numbers, sizes, counts). */
export const MAX_INT32 = 2_147_483_647;

/** A NUL, or a UTF-16 surrogate without its other half: neither can be stored as text (PostgreSQL refuses both). */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether text can be stored and shown as it is: no NUL, no lone surrogate. */
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/** Text a person writes: at most `max` characters, no NUL, no lone surrogate. */
export const Text = (max: number, min = 0) =>
  z.string().check(z.minLength(min), z.maxLength(max), z.refine(isStorableText, { message: 'Text may not contain NUL or lone surrogates' }));

/** A whole number from 0 (or `min`) up to what the database holds. */
export const Count = (min = 0, max = MAX_INT32) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

export const Id = Text(200, 1);

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
