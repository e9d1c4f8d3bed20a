import type { Locale } from '@nara/contract';
import { text, type Text } from './text.js';

/**
 * Phrase templates staff pick in the chat. `{firstName}` becomes the patient's first name and
 * `{staffName}` the staff member's, filled in by the staff element; staff edit the text before sending.
 */
export interface PhraseSeed {
  id: string;
  title: Text;
  text: Text;
}

/** The phrases every seed clinic starts with (its initial settings). */
export const commonPhrases: PhraseSeed[] = [
  {
    id: 'greeting',
    title: text('Hälsning', 'Greeting'),
    text: text('Hej {firstName}! Jag heter {staffName} och har läst det du skrivit. ', 'Hello {firstName}! My name is {staffName} and I have read what you wrote. '),
  },
  {
    id: 'how-long',
    title: text('Hur länge?', 'How long?'),
    text: text('Hur länge har du haft besvären, och har de blivit bättre eller sämre?', 'How long have you had these symptoms, and have they got better or worse?'),
  },
  {
    id: 'self-care',
    title: text('Egenvård', 'Self-care'),
    text: text(
      'Det här brukar gå över av sig självt. Vila, drick mycket och ta receptfri smärtlindring vid behov. Hör av dig igen om du blir sämre eller inte är bättre om en vecka.',
      'This usually gets better on its own. Rest, drink plenty and take over-the-counter pain relief if needed. Contact us again if you get worse or are not better within a week.',
    ),
  },
  {
    id: 'rating-scale',
    title: text('Skattningsformulär', 'Rating scale'),
    text: text('Jag skickar ett formulär. Fyll gärna i det, så ser jag svaren direkt.', 'I am sending you a form. Please fill it in and I will see your answers straight away.'),
  },
  {
    id: 'test-result',
    title: text('Provsvar', 'Test result'),
    text: text('Hej {firstName}! Ditt provsvar har kommit och ser bra ut. Du behöver inte göra något mer. Hälsningar {staffName}', 'Hello {firstName}! Your test result has come and looks fine. You do not need to do anything more. Regards, {staffName}'),
  },
  {
    id: 'closing',
    title: text('Avslutning', 'Closing'),
    text: text('Tack för att du hörde av dig, {firstName}. Jag avslutar ärendet nu. Kontakta oss igen om något förändras.', 'Thank you for contacting us, {firstName}. I am closing the errand now. Contact us again if anything changes.'),
  },
];

/** A clinic's phrases (every seed clinic has the common set; a region adds its own). */
export function phrasesFor(_clinic: string, locale: Locale) {
  return commonPhrases.map((p) => ({ id: p.id, title: p.title[locale], text: p.text[locale] }));
}
