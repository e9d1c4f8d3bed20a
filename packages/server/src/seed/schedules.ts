import type { Profession, VisitType } from '@nara/contract';
import { text, type Text } from './text.js';

/** One bookable block: a profession meeting patients one way, on some weekdays, in local time. */
export interface ScheduleBlock {
  visitType: VisitType;
  profession: Profession;
  /** ISO weekdays, 1 = Monday. */
  days: number[];
  /** Europe/Stockholm wall-clock "HH:MM". */
  opens: string;
  closes: string;
  /** Length of one visit in minutes. */
  minutes: number;
  /** Breaks inside the block ("HH:MM"–"HH:MM"), no visit overlaps them. */
  breaks?: { from: string; to: string }[];
}

/** A clinic's booking rules: when visits can be had and how they may be cancelled. */
export interface ClinicSchedule {
  clinic: string;
  blocks: ScheduleBlock[];
  /** Cancelling or changing online is possible until this many hours before the visit. */
  cancelLimitHours: number;
  /** A slot can be booked until this many minutes before it starts. */
  leadMinutes: number;
  /** How far ahead slots are offered, in days. */
  horizonDays: number;
  /**
   * Share (0–1) of times already taken by other patients, chosen by a fixed hash of the slot id so
   * the demo looks like a real book. 0 in tests that need every time free.
   */
  occupancy: number;
  how: Record<VisitType, Text>;
  bring: Record<VisitType, Text[]>;
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const LUNCH = [{ from: '12:00', to: '13:00' }];

const how: ClinicSchedule['how'] = {
  physical: text(
    'Kom till mottagningen och anmäl dig i receptionen eller i kassaautomaten 10 minuter före din tid.',
    'Come to the clinic and check in at the reception or the self-service kiosk 10 minutes before your time.',
  ),
  video: text(
    'Du får en länk till videomötet i inkorgen på 1177.se. Logga in med BankID eller Freja eID några minuter före din tid.',
    'You get a link to the video meeting in your inbox at 1177.se. Sign in with BankID or Freja eID a few minutes before your time.',
  ),
  phone: text(
    'Vi ringer dig på det telefonnummer du har angett. Samtalet kan komma upp till 15 minuter efter din tid.',
    'We call you on the phone number you have given us. The call may come up to 15 minutes after your time.',
  ),
};

const bring: ClinicSchedule['bring'] = {
  physical: [
    text('Legitimation', 'Proof of identity'),
    text('Dina läkemedel eller en lista över dem', 'Your medicines or a list of them'),
    text('Frikort om du har ett', 'Your exemption card (frikort) if you have one'),
  ],
  video: [
    text('Mobil, surfplatta eller dator med kamera och ljud', 'A phone, tablet or computer with camera and sound'),
    text('En lugn plats där du kan prata ostört', 'A quiet place where you can talk undisturbed'),
    text('Dina läkemedel eller en lista över dem', 'Your medicines or a list of them'),
  ],
  phone: [text('Dina läkemedel eller en lista över dem', 'Your medicines or a list of them')],
};

const rules = { cancelLimitHours: 24, leadMinutes: 60, horizonDays: 60, occupancy: 0.35, how, bring };

export const scheduleSeeds: ClinicSchedule[] = [
  {
    clinic: 'vc-linden',
    ...rules,
    blocks: [
      { visitType: 'physical', profession: 'doctor', days: WEEKDAYS, opens: '08:00', closes: '17:00', minutes: 30, breaks: LUNCH },
      { visitType: 'physical', profession: 'nurse', days: WEEKDAYS, opens: '08:00', closes: '16:00', minutes: 20, breaks: LUNCH },
      { visitType: 'physical', profession: 'physiotherapist', days: [1, 3, 5], opens: '08:00', closes: '15:00', minutes: 45, breaks: LUNCH },
      { visitType: 'video', profession: 'doctor', days: WEEKDAYS, opens: '08:30', closes: '16:00', minutes: 15 },
      // Digital care at weekends too.
      { visitType: 'video', profession: 'nurse', days: [6, 7], opens: '08:00', closes: '14:00', minutes: 15 },
      { visitType: 'video', profession: 'psychologist', days: [2, 4], opens: '09:00', closes: '19:00', minutes: 45, breaks: LUNCH },
      { visitType: 'phone', profession: 'nurse', days: WEEKDAYS, opens: '08:00', closes: '16:30', minutes: 15, breaks: LUNCH },
      { visitType: 'phone', profession: 'doctor', days: WEEKDAYS, opens: '13:00', closes: '15:00', minutes: 15 },
    ],
  },
  {
    clinic: 'hc-alvstranden',
    ...rules,
    cancelLimitHours: 12,
    blocks: [
      { visitType: 'physical', profession: 'doctor', days: WEEKDAYS, opens: '07:30', closes: '16:00', minutes: 30, breaks: LUNCH },
      { visitType: 'physical', profession: 'nurse', days: WEEKDAYS, opens: '07:30', closes: '16:00', minutes: 20, breaks: LUNCH },
      { visitType: 'physical', profession: 'physiotherapist', days: WEEKDAYS, opens: '09:00', closes: '15:00', minutes: 45, breaks: LUNCH },
      { visitType: 'video', profession: 'doctor', days: WEEKDAYS, opens: '09:00', closes: '15:00', minutes: 15 },
      { visitType: 'phone', profession: 'nurse', days: WEEKDAYS, opens: '08:00', closes: '12:00', minutes: 15 },
      { visitType: 'phone', profession: 'nurse', days: WEEKDAYS, opens: '13:00', closes: '15:00', minutes: 15 },
    ],
  },
  {
    clinic: 'vc-kvarnen',
    ...rules,
    blocks: [
      // Saturday morning opening: weekend times exist too.
      { visitType: 'physical', profession: 'doctor', days: [...WEEKDAYS, 6], opens: '08:00', closes: '16:00', minutes: 30, breaks: LUNCH },
      { visitType: 'physical', profession: 'nurse', days: WEEKDAYS, opens: '08:00', closes: '16:00', minutes: 20, breaks: LUNCH },
      { visitType: 'phone', profession: 'nurse', days: WEEKDAYS, opens: '08:00', closes: '16:00', minutes: 15, breaks: LUNCH },
    ],
  },
];
