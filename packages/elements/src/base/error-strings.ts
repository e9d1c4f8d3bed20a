import type { NaraErrorCode } from '@nara/contract';
import { addTranslations, defineStrings } from './locale.js';

/** A message fit to show for every failure, by code. */
export const errorStrings = defineStrings<Record<NaraErrorCode, string> & { retry: string }>({
  network: 'Vi når inte tjänsten just nu. Kontrollera din internetanslutning och försök igen.',
  timeout: 'Det tog för lång tid att få svar. Försök igen.',
  aborted: 'Åtgärden avbröts.',
  auth: 'Du behöver logga in för att fortsätta.',
  forbidden: 'Du har inte behörighet till det här.',
  'not-found': 'Vi hittade inte det du letade efter.',
  conflict: 'Det du valde har ändrats under tiden. Se det nya läget och försök igen.',
  invalid: 'Något i uppgifterna stämmer inte. Kontrollera och försök igen.',
  'quota-exceeded': 'Du har redan så många pågående ärenden, bokade tider eller sparade filer som går. Avsluta eller avboka något först, eller ring vårdcentralen.',
  'too-large': 'Filen eller texten är för stor.',
  'unsupported-type': 'Den filtypen går inte att skicka.',
  'rate-limited': 'Du har gjort många försök på kort tid. Vänta en stund och försök igen.',
  unavailable: 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.',
  server: 'Något gick fel hos oss. Försök igen om en stund.',
  contract: 'Vi fick ett svar som vi inte kan läsa. Försök igen om en stund.',
  config: 'Den här delen av sidan är inte rätt inställd och kan inte visas. Kontakta den som ansvarar för webbplatsen.',
  retry: 'Försök igen',
});

export type ErrorStrings = (typeof errorStrings)['sv'];

addTranslations(errorStrings, 'errors', {
  en: () => import('./error-strings.en.js'),
  ar: () => import('./error-strings.ar.js'),
  fi: () => import('./error-strings.fi.js'),
  so: () => import('./error-strings.so.js'),
});
