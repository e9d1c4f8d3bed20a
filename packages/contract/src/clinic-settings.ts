import * as z from 'zod/mini';
import { VisitType } from './booking.js';
import { OpeningHours } from './clinic.js';
import { ReasonCategory } from './triage.js';
import { Count, Id, Instant, LocalTime, Profession, Text } from './common.js';

/**
 * A clinic's settings that its admin changes without code (`/v1/admin/...`): opening hours per
 * channel and profession, which professions chat, contact reasons switched off, the booking schedule,
 * phrase templates and the forms staff may send. The seed files are the initial settings; every change
 * is in the audit log and takes effect without a restart.
 */

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const Weekdays = z.array(z.number().check(z.int(), z.minimum(1), z.maximum(7))).check(
  z.minLength(1),
  z.maxLength(7),
  z.refine((days) => new Set(days).size === days.length, 'Each weekday once'),
);
const opensBeforeCloses = z.refine<{ opens: string; closes: string }>((h) => minutesOf(h.opens) < minutesOf(h.closes), {
  message: 'Opens before it closes',
  path: ['closes'],
});

/** Opening hours as an admin sets them (the contract's `OpeningHours`): at least one weekday, each once, opening before closing. */
export const OpeningHoursSetting = z
  .object({ channel: OpeningHours.shape.channel, profession: OpeningHours.shape.profession, days: Weekdays, opens: LocalTime, closes: LocalTime })
  .check(opensBeforeCloses);

/** Both languages of a text the clinic writes itself. */
export const LocalizedText = (max: number) => z.object({ sv: Text(max, 1), en: Text(max, 1) });

export const PhraseSetting = z.object({ id: Id, title: LocalizedText(200), text: LocalizedText(4000) });
export type PhraseSetting = z.infer<typeof PhraseSetting>;

/** One bookable block: a profession meeting patients one way, on some weekdays, in Stockholm time. */
export const ScheduleBlockSetting = z
  .object({
    visitType: VisitType,
    profession: Profession,
    days: Weekdays,
    opens: LocalTime,
    closes: LocalTime,
    /** Length of one visit in minutes. */
    minutes: Count(5, 240),
    breaks: z.optional(z.array(z.object({ from: LocalTime, to: LocalTime }).check(z.refine((b) => minutesOf(b.from) < minutesOf(b.to), 'A break ends after it starts'))).check(z.maxLength(10))),
  })
  .check(opensBeforeCloses);
export type ScheduleBlockSetting = z.infer<typeof ScheduleBlockSetting>;

export const ScheduleSetting = z.object({
  blocks: z.array(ScheduleBlockSetting).check(z.maxLength(100)),
  /** Cancelling or changing online is possible until this many hours before the visit. */
  cancelLimitHours: Count(0, 14 * 24),
  /** A slot can be booked until this many minutes before it starts. */
  leadMinutes: Count(0, 7 * 24 * 60),
  /** How far ahead slots are offered, in days. */
  horizonDays: Count(1, 365),
});
export type ScheduleSetting = z.infer<typeof ScheduleSetting>;

const uniqueIds = z.refine<string[]>((ids) => new Set(ids).size === ids.length, 'Each id once');

const sections = {
  openingHours: z.array(OpeningHoursSetting).check(z.maxLength(100)),
  /** Professions that take chats: a profession left out has no chat, whatever its chat hours. */
  chatProfessions: z.array(Profession).check(uniqueIds),
  /** Contact reasons (ids of the catalogue) the clinic does not offer. */
  reasonsOff: z.array(Id).check(z.maxLength(1000), uniqueIds),
  schedule: ScheduleSetting,
  phrases: z.array(PhraseSetting).check(z.maxLength(200), z.refine((p) => new Set(p.map((x) => x.id)).size === p.length, 'Each phrase id once')),
  /** Forms from the library staff may send (ids). */
  forms: z.array(Id).check(z.maxLength(200), uniqueIds),
};
export const ClinicSettings = z.object(sections);
export type ClinicSettings = z.infer<typeof ClinicSettings>;
export const SETTINGS_SECTIONS = ['openingHours', 'chatProfessions', 'reasonsOff', 'schedule', 'phrases', 'forms'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** A clinic's settings as the admin API answers them; `version` 0 is the seed, untouched. */
export const AdminClinicSettings = z.object({
  clinic: Id,
  version: Count(),
  updatedAt: z.optional(Instant),
  updatedBy: z.optional(Id),
  settings: ClinicSettings,
});
export type AdminClinicSettings = z.infer<typeof AdminClinicSettings>;

/** A change: the version it was made from (409 when someone saved in between) and the sections to replace. */
export const ClinicSettingsChange = z.object({
  version: Count(),
  // Each section optional (spelled out: z.partial would add to every element's shared zod code).
  settings: z.object({
    openingHours: z.optional(sections.openingHours),
    chatProfessions: z.optional(sections.chatProfessions),
    reasonsOff: z.optional(sections.reasonsOff),
    schedule: z.optional(sections.schedule),
    phrases: z.optional(sections.phrases),
    forms: z.optional(sections.forms),
  }),
});
export type ClinicSettingsChange = z.infer<typeof ClinicSettingsChange>;

/** One saved change: who, when, and each changed section before and after. */
export const SettingsAuditEntry = z.object({
  clinic: Id,
  version: Count(1),
  at: Instant,
  actor: Id,
  actorName: z.optional(Text(200)),
  // Before and after are the section's value (any JSON): checked when saved, not again when read.
  changes: z.array(z.looseObject({ section: z.enum(SETTINGS_SECTIONS) })),
});
export type SettingsAuditEntry = z.infer<typeof SettingsAuditEntry>;
export const SettingsAuditLog = z.object({ entries: z.array(SettingsAuditEntry) });
export type SettingsAuditLog = z.infer<typeof SettingsAuditLog>;
export const SettingsAuditQuery = z.object({ limit: z.optional(z.string().check(z.regex(/^\d{1,3}$/))) });

/** The clinics an admin may change (one for a clinic's admin, the region's for a region admin). */
export const AdminClinicList = z.object({ clinics: z.array(z.object({ id: Id, name: Text(200), region: Text(200) })) });
export type AdminClinicList = z.infer<typeof AdminClinicList>;

/** What an admin chooses from, in the asked-for language: the catalogue's contact reasons and the form library. */
export const AdminCatalogue = z.object({
  reasons: z.array(z.object({ id: Id, title: Text(200), category: ReasonCategory, profession: Profession })),
  forms: z.array(z.object({ id: Id, title: Text(200) })),
});
export type AdminCatalogue = z.infer<typeof AdminCatalogue>;
