import { defineStrings } from '../base/locale.js';

/**
 * The clinic has no chat with the profession asked for — its admin switched that chat off, or it never
 * had one: said in words, with what to do instead. Loaded only when that happens (the patient bundle
 * does not carry it).
 */
const strings = defineStrings(
  {
    noChat: (profession: string) => `Den här mottagningen har ingen chatt med ${profession} just nu.`,
    instead:
      'Kontakta mottagningen på annat sätt, till exempel per telefon, eller beskriv dina besvär så får du veta vad du kan göra. Behöver du råd om vård dygnet runt: ring 1177. Vid fara för liv: ring 112.',
  },
  {
    noChat: (profession: string) => `This clinic has no chat with ${profession} right now.`,
    instead:
      'Contact the clinic another way, for example by phone, or describe your symptoms to find out what you can do. For health advice day and night: call 1177. If a life is in danger: call 112.',
  },
);

/** The message, in `locale` (other languages than sv and en fall back to Swedish). */
export const noChatMessage = (locale: string, profession: string): string => `${strings[locale].noChat(profession)} ${strings[locale].instead}`;
