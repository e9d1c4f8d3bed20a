import type { Locale, Profession, RecommendedAction, Urgency, VisitType } from '@nara/contract';
import type { ClinicSeed } from '../seed/clinics.js';
import { text, type Text } from '../seed/text.js';
import type { BookingService } from './bookings.js';
import { chatHours } from './chat-availability.js';
import type { ClinicDirectory } from './clinics.js';

/** How soon a booked time must be for each urgency to be met (hours from now). */
export const BOOKING_WINDOW_HOURS: Partial<Record<Urgency, number>> = {
  urgent: 24,
  soon: 5 * 24,
  routine: 30 * 24,
  'self-care': 30 * 24,
};

/** Whether the clinic has a free time for this visit type and profession before `until`. */
export type FreeTime = (clinic: string, visitType: VisitType, profession: Profession, until: Date) => Promise<boolean>;

const VISIT_TYPES: VisitType[] = ['physical', 'video', 'phone'];

const who: Record<Profession, Text> = {
  secretary: text('en sekreterare', 'a secretary'),
  nurse: text('en sjuksköterska', 'a nurse'),
  doctor: text('en läkare', 'a doctor'),
  'child-health-nurse': text('BVC-sjuksköterskan', 'the child-health nurse'),
  physiotherapist: text('en fysioterapeut', 'a physiotherapist'),
  psychologist: text('en psykolog', 'a psychologist'),
  counsellor: text('en kurator', 'a counsellor'),
  midwife: text('en barnmorska', 'a midwife'),
  '1177-nurse': text('en sjuksköterska på 1177', 'a 1177 nurse'),
};
const visit: Record<VisitType, Text> = {
  physical: text('besök på mottagningen', 'visit at the clinic'),
  video: text('videomöte', 'video meeting'),
  phone: text('telefontid', 'phone appointment'),
};
const within = (hours: number): Text =>
  hours <= 24 ? text('i dag eller i morgon', 'today or tomorrow') : hours <= 5 * 24 ? text('de närmaste dagarna', 'in the next few days') : text('den närmaste månaden', 'in the coming month');

const notes = {
  noChat: (p: Profession, to: Profession): Text =>
    text(
      `Vårdcentralen har ingen chatt med ${who[p].sv}, så ${who[to].sv} svarar i chatten och hjälper dig vidare.`,
      `The clinic has no chat with ${who[p].en}, so ${who[to].en} answers in the chat and helps you on.`,
    ),
  noChatAtAll: (p: Profession): Text =>
    text(`Vårdcentralen har ingen chatt med ${who[p].sv}. Ring 1177 för råd.`, `The clinic has no chat with ${who[p].en}. Call 1177 for advice.`),
  otherVisit: (v: VisitType, p: Profession, instead: VisitType, hours: number): Text =>
    text(
      `Det finns ingen ledig tid för ${visit[v].sv} hos ${who[p].sv} ${within(hours).sv}, men det finns ${visit[instead].sv}.`,
      `There is no free ${visit[v].en} with ${who[p].en} ${within(hours).en}, but there is a ${visit[instead].en}.`,
    ),
  noTime: (v: VisitType, p: Profession, hours: number): Text =>
    text(
      `Vårdcentralen har ingen ledig tid för ${visit[v].sv} hos ${who[p].sv} ${within(hours).sv}. Skriv i chatten så hjälper en sjuksköterska dig.`,
      `The clinic has no free ${visit[v].en} with ${who[p].en} ${within(hours).en}. Write in the chat and a nurse will help you.`,
    ),
  noTimeUrgent: (p: Profession): Text =>
    text(
      `Vårdcentralen har ingen ledig tid hos ${who[p].sv} i dag eller i morgon. Ring 1177, som kan hänvisa dig till en mottagning som har tid.`,
      `The clinic has no free time with ${who[p].en} today or tomorrow. Call 1177, who can refer you to a clinic with a free time.`,
    ),
};

const key = (a: RecommendedAction) => `${a.action}/${a.visitType ?? ''}/${a.profession ?? ''}`;

/**
 * Resolves an assessment's next steps against what a clinic can carry out: a chat with a profession
 * the clinic does not staff becomes the nurse chat (or 1177), and a visit with no free time soon
 * enough for the urgency becomes another visit type, the nurse chat, or 1177 — each with a note saying
 * why. Calls (112, 1177), the emergency department and self-care are always possible.
 */
export async function resolveNextSteps(
  actions: RecommendedAction[],
  urgency: Urgency,
  clinic: ClinicSeed,
  freeTime: FreeTime,
  now: Date,
  locale: Locale,
): Promise<RecommendedAction[]> {
  const chats = (p: Profession) => chatHours(clinic.openingHours, p).length > 0;
  const hours = BOOKING_WINDOW_HOURS[urgency] ?? 30 * 24;
  const until = new Date(now.getTime() + hours * 3_600_000);
  const chatFallback = (p: Profession): RecommendedAction => {
    for (const to of ['nurse', '1177-nurse'] as const) if (chats(to)) return { action: 'chat', profession: to, note: notes.noChat(p, to)[locale] };
    return { action: 'call-1177', note: notes.noChatAtAll(p)[locale] };
  };
  const resolved: RecommendedAction[] = [];
  for (const action of actions) {
    if (action.action === 'chat') {
      const p = action.profession ?? 'nurse';
      resolved.push(chats(p) ? action : chatFallback(p));
      continue;
    }
    if (action.action !== 'book') {
      resolved.push(action);
      continue;
    }
    const p = action.profession ?? 'nurse';
    const v = action.visitType ?? 'physical';
    if (await freeTime(clinic.id, v, p, until)) {
      resolved.push(action);
      continue;
    }
    let instead: VisitType | undefined;
    for (const other of VISIT_TYPES) if (other !== v && !instead && (await freeTime(clinic.id, other, p, until))) instead = other;
    if (instead) resolved.push({ action: 'book', visitType: instead, profession: p, note: notes.otherVisit(v, p, instead, hours)[locale] });
    else if (urgency === 'urgent') resolved.push({ action: 'call-1177', note: notes.noTimeUrgent(p)[locale] });
    else if (chats('nurse')) resolved.push({ action: 'chat', profession: 'nurse', note: notes.noTime(v, p, hours)[locale] });
    else resolved.push({ action: 'call-1177', note: notes.noTime(v, p, hours)[locale] });
  }
  // One step of each kind: a fallback that repeats a step already offered goes (the first, with its note, stays).
  const seen = new Set<string>();
  return resolved.filter((a) => {
    const k = key(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The resolver the server uses: the clinic's seed and its free times (bookings taken away). */
export function nextStepResolver(clinics: ClinicDirectory, bookings: BookingService, now: () => Date) {
  const freeTime: FreeTime = async (clinic, visitType, profession, until) => {
    const from = now();
    const slots = await bookings.freeSlots({ clinic, visitType, profession, from: from.toISOString(), to: until.toISOString() });
    return slots.length > 0;
  };
  return (actions: RecommendedAction[], urgency: Urgency, clinic: string, locale: Locale) =>
    resolveNextSteps(actions, urgency, clinics.seed(clinic), freeTime, now(), locale);
}
