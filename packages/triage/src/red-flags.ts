import type { Audience } from './model.js';
import { text, type Text } from './text.js';

/**
 * One question of the emergency screen, asked before anything else. A "yes" to any of them means
 * emergency: call 112, whatever else the patient answers.
 */
export interface RedFlagDef {
  id: string;
  question: Text;
  /** Examples that help the patient recognise it. */
  help?: Text;
  /** `child` flags are asked only when a guardian acts for a child, `adult` only for oneself. */
  audience: Audience;
  /** What to do besides calling 112 (shown with the emergency outcome). */
  advice?: Text;
}

export const RED_FLAGS: RedFlagDef[] = [
  {
    id: 'chest-pain',
    audience: 'any',
    question: text('Kraftig smärta eller tryck över bröstet?', 'Severe pain or pressure in the chest?'),
    help: text('Smärtan kan stråla ut i armen, halsen, käken eller ryggen.', 'The pain may spread to the arm, neck, jaw or back.'),
  },
  {
    id: 'breathing',
    audience: 'any',
    question: text('Svårt att andas?', 'Difficulty breathing?'),
    help: text('Till exempel kan inte tala hela meningar, drar in huden mellan revbenen eller blir blå runt läpparna.', 'For example cannot speak in full sentences, the skin between the ribs draws in, or blue lips.'),
  },
  {
    id: 'stroke',
    audience: 'any',
    question: text('Plötslig förlamning, sned mun eller svårt att prata?', 'Sudden weakness, a drooping face or difficulty speaking?'),
    help: text('Tänk AKUT: Ansikte, Kroppsdel, Uttal, Tid. Varje minut räknas.', 'Think FAST: Face, Arms, Speech, Time. Every minute counts.'),
  },
  {
    id: 'bleeding',
    audience: 'any',
    question: text('Kraftig blödning som inte slutar?', 'Heavy bleeding that does not stop?'),
    help: text('Också blod i kräkningar eller svart, tjärliknande avföring.', 'Also vomiting blood or black, tar-like stools.'),
    advice: text('Tryck hårt mot såret medan du väntar.', 'Press hard on the wound while you wait.'),
  },
  {
    id: 'unconscious',
    audience: 'any',
    question: text('Medvetslös, svår att väcka eller plötsligt förvirrad?', 'Unconscious, hard to wake or suddenly confused?'),
  },
  {
    id: 'sepsis',
    audience: 'any',
    question: text('Feber eller frossa tillsammans med snabb andning, förvirring eller fläckig, kall hud?', 'Fever or chills together with fast breathing, confusion or mottled, cold skin?'),
    help: text('Också utslag som inte bleknar när du trycker ett glas mot huden.', 'Also a rash that does not fade when you press a glass against it.'),
  },
  {
    id: 'suicidal',
    audience: 'any',
    question: text('Tankar på att ta ditt liv, eller har du skadat dig själv?', 'Thoughts of taking your own life, or have you harmed yourself?'),
    advice: text('Du kan också ringa Självmordslinjen 90101 dygnet runt. Du är inte ensam.', 'You can also call the Swedish suicide helpline 90101 at any hour. You are not alone.'),
  },
  {
    id: 'anaphylaxis',
    audience: 'any',
    question: text('Svullnad i ansikte, läppar, tunga eller svalg, eller svårt att svälja?', 'Swelling of the face, lips, tongue or throat, or difficulty swallowing?'),
    help: text('Särskilt efter mat, läkemedel eller ett insektsstick.', 'Especially after food, medicine or an insect sting.'),
    advice: text('Ta adrenalinpenna om du har en.', 'Use an adrenaline pen if you have one.'),
  },
  {
    id: 'seizure',
    audience: 'any',
    question: text('Kramper som inte går över, eller kramper för första gången?', 'A seizure that does not stop, or a first seizure?'),
  },
  {
    id: 'thunderclap-headache',
    audience: 'any',
    question: text('Plötslig, mycket svår huvudvärk – den värsta du haft?', 'A sudden, very severe headache – the worst you have ever had?'),
  },
  {
    id: 'severe-injury',
    audience: 'any',
    question: text('Allvarlig olycka eller skada, till exempel slag mot huvudet följt av kräkning eller förvirring?', 'A serious accident or injury, for example a blow to the head followed by vomiting or confusion?'),
  },
  {
    id: 'poisoning',
    audience: 'any',
    question: text('Förgiftning eller överdos med symtom?', 'Poisoning or an overdose with symptoms?'),
    advice: text('Utan symtom kan du ringa Giftinformationscentralen 010-456 67 00 för råd.', 'Without symptoms you can call the Swedish Poisons Information Centre on 010-456 67 00 for advice.'),
  },
  {
    id: 'infant-fever',
    audience: 'child',
    question: text('Är barnet yngre än 3 månader och har feber (38 °C eller mer)?', 'Is the child younger than 3 months with a fever (38 °C or more)?'),
  },
  {
    id: 'child-lethargic',
    audience: 'child',
    question: text('Är barnet slött, svårt att få kontakt med, eller vägrar all dryck?', 'Is the child listless, hard to get in touch with, or refusing all drink?'),
  },
];

const byId = new Map(RED_FLAGS.map((flag) => [flag.id, flag]));

export const redFlagById = (id: string): RedFlagDef | undefined => byId.get(id);

/** The screen's questions for one subject: `any` flags and those for a child or an adult. */
export function redFlagsFor(subject: 'self' | 'child'): RedFlagDef[] {
  return RED_FLAGS.filter((flag) => flag.audience === 'any' || flag.audience === (subject === 'child' ? 'child' : 'adult'));
}
