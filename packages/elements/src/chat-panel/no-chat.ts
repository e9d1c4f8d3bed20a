import { addTranslations, defineStrings } from '../base/locale.js';

/**
 * The clinic has no chat with the profession asked for — its admin switched that chat off, or it never
 * had one: said in words, with what to do instead. Loaded only when that happens (the patient bundle
 * does not carry it).
 */
const strings = defineStrings({
  noChat: (profession: string) => `Den här mottagningen har ingen chatt med ${profession} just nu.`,
  instead:
    'Kontakta mottagningen på annat sätt, till exempel per telefon, eller beskriv dina besvär så får du veta vad du kan göra. Behöver du råd om vård dygnet runt: ring 1177. Vid fara för liv: ring 112.',
});

export type NoChatStrings = (typeof strings)['sv'];

addTranslations(strings, 'no-chat', { en: () => import('./no-chat-strings.en.js') });

/** The message, in `locale` (other languages than sv and en fall back to Swedish). */
export const noChatMessage = (locale: string, profession: string): string => `${strings[locale].noChat(profession)} ${strings[locale].instead}`;
