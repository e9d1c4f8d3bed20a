import type { Audience, Source } from './model.js';
import { SRC } from './sources.js';
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
  /** One line for clinicians: what the question is meant to catch. */
  rationale: string;
  sources: Source[];
}

export const RED_FLAGS: RedFlagDef[] = [
  {
    id: 'chest-pain',
    rationale: 'Chest pain/pressure: ACS, aortic dissection, PE; ECG within 10 minutes.',
    sources: [SRC.chest1177, SRC.rettsChest, SRC.cksChest],
    audience: 'any',
    question: text('Kraftig smärta eller tryck över bröstet?', 'Severe pain or pressure in the chest?'),
    help: text('Smärtan kan stråla ut i armen, halsen, käken eller ryggen.', 'The pain may spread to the arm, neck, jaw or back.'),
  },
  {
    id: 'breathing',
    rationale: 'Dyspnoea with inability to speak, recession or cyanosis = respiratory failure (RETTS red).',
    sources: [SRC.breath1177, SRC.rettsBreathing, SRC.cksAsthma],
    audience: 'any',
    question: text('Svårt att andas?', 'Difficulty breathing?'),
    help: text('Till exempel kan inte tala hela meningar, drar in huden mellan revbenen eller blir blå runt läpparna.', 'For example cannot speak in full sentences, the skin between the ribs draws in, or blue lips.'),
  },
  {
    id: 'stroke',
    rationale: 'FAST signs now or within 24 h (TIA included): stroke pathway, thrombolysis/thrombectomy window.',
    sources: [SRC.stroke1177, SRC.rettsStroke, SRC.cksStroke],
    audience: 'any',
    question: text('Plötslig svaghet, domning, sned mun eller sluddrigt tal – nu eller under det senaste dygnet?', 'Sudden weakness, numbness, a drooping mouth or slurred speech – now or in the last 24 hours?'),
    help: text('Också om det har gått över. Tänk AKUT: Ansikte, Kroppsdel, Uttal, Tid. Varje minut räknas.', 'Also if it has passed. Think FAST: Face, Arms, Speech, Time. Every minute counts.'),
  },
  {
    id: 'bleeding',
    rationale: 'Uncontrolled haemorrhage, haematemesis or melaena: risk of shock.',
    sources: [SRC.giBleed1177, SRC.rettsBleeding, SRC.cksUpperGi],
    audience: 'any',
    question: text('Kraftig blödning som inte slutar?', 'Heavy bleeding that does not stop?'),
    help: text('Också blod i kräkningar eller svart, tjärliknande avföring.', 'Also vomiting blood or black, tar-like stools.'),
    advice: text('Tryck hårt mot såret medan du väntar.', 'Press hard on the wound while you wait.'),
  },
  {
    id: 'unconscious',
    rationale: 'Reduced consciousness or acute confusion: airway risk, many life-threatening causes.',
    sources: [SRC.confusion1177, SRC.rettsConfusion, SRC.cksDelirium],
    audience: 'any',
    question: text('Medvetslös, svår att väcka eller plötsligt förvirrad?', 'Unconscious, hard to wake or suddenly confused?'),
  },
  {
    id: 'sepsis',
    rationale: 'Infection with qSOFA-type signs or a non-blanching rash: sepsis/meningococcal disease.',
    sources: [SRC.sepsis1177, SRC.rettsFever, SRC.cksSepsis],
    audience: 'any',
    question: text('Feber eller frossa tillsammans med snabb andning, förvirring eller fläckig, kall hud?', 'Fever or chills together with fast breathing, confusion or mottled, cold skin?'),
    help: text('Också utslag som inte bleknar när du trycker ett glas mot huden.', 'Also a rash that does not fade when you press a glass against it.'),
  },
  {
    id: 'suicidal',
    rationale: 'Suicidal thoughts or self-harm: immediate risk assessment.',
    sources: [SRC.selfHarm1177, SRC.rettsPsych, SRC.cksSuicide],
    audience: 'any',
    question: text('Tankar på att ta ditt liv, eller har du skadat dig själv?', 'Thoughts of taking your own life, or have you harmed yourself?'),
    advice: text('Du kan också ringa Självmordslinjen 90101 dygnet runt. Du är inte ensam.', 'You can also call the Swedish suicide helpline 90101 at any hour. You are not alone.'),
  },
  {
    id: 'anaphylaxis',
    rationale: 'Angio-oedema of face/airway or dysphagia: anaphylaxis, adrenaline.',
    sources: [SRC.anaphylaxis1177, SRC.rettsAllergy, SRC.cksAnaphylaxis],
    audience: 'any',
    question: text('Svullnad i ansikte, läppar, tunga eller svalg, eller svårt att svälja?', 'Swelling of the face, lips, tongue or throat, or difficulty swallowing?'),
    help: text('Särskilt efter mat, läkemedel eller ett insektsstick.', 'Especially after food, medicine or an insect sting.'),
    advice: text('Ta adrenalinpenna om du har en.', 'Use an adrenaline pen if you have one.'),
  },
  {
    id: 'seizure',
    rationale: 'Ongoing or first seizure: status epilepticus risk, new structural cause.',
    sources: [SRC.seizure1177, SRC.rettsConfusion],
    audience: 'any',
    question: text('Kramper som inte går över, eller kramper för första gången?', 'A seizure that does not stop, or a first seizure?'),
  },
  {
    id: 'thunderclap-headache',
    rationale: 'Thunderclap headache: subarachnoid haemorrhage until excluded.',
    sources: [SRC.headache1177, SRC.rettsHeadache, SRC.cksHeadache],
    audience: 'any',
    question: text('Plötslig, mycket svår huvudvärk – den värsta du haft?', 'A sudden, very severe headache – the worst you have ever had?'),
  },
  {
    id: 'severe-injury',
    rationale: 'High-energy trauma or head injury with vomiting/confusion: intracranial injury.',
    sources: [SRC.headInjury1177, SRC.rettsExtremity, SRC.cksHeadInjury],
    audience: 'any',
    question: text('Allvarlig olycka eller skada, till exempel slag mot huvudet följt av kräkning eller förvirring?', 'A serious accident or injury, for example a blow to the head followed by vomiting or confusion?'),
  },
  {
    id: 'poisoning',
    rationale: 'Symptomatic poisoning or overdose: toxic effects progress.',
    sources: [SRC.poisoning1177, SRC.rettsConfusion],
    audience: 'any',
    question: text('Förgiftning eller överdos med symtom?', 'Poisoning or an overdose with symptoms?'),
    advice: text('Utan symtom kan du ringa Giftinformationscentralen 010-456 67 00 för råd.', 'Without symptoms you can call the Swedish Poisons Information Centre on 010-456 67 00 for advice.'),
  },
  {
    id: 'infant-fever',
    rationale: 'Fever ≥ 38 °C under 3 months = NICE red: serious bacterial infection risk.',
    sources: [SRC.childFever1177, SRC.rettsChild, SRC.cksFeverChild],
    audience: 'child',
    question: text('Är barnet yngre än 3 månader och har feber (38 °C eller mer)?', 'Is the child younger than 3 months with a fever (38 °C or more)?'),
  },
  {
    id: 'child-lethargic',
    rationale: 'Lethargy, no social response or refusing all fluids = NICE red features.',
    sources: [SRC.childFever1177, SRC.rettsChild, SRC.cksFeverChild],
    audience: 'child',
    question: text('Är barnet slött, svårt att få kontakt med, eller vägrar all dryck?', 'Is the child listless, hard to get in touch with, or refusing all drink?'),
  },
];

/**
 * Warning signs found by the questionnaire's own rules (the second line), not asked on the screen.
 * Rules name them as `redFlag`; this is what each one means, for the clinical sheet.
 */
export const WARNING_SIGNS: Record<string, Text> = {
  tia: text('Stroketecken som har gått över (TIA)', 'Stroke signs that have passed (TIA)'),
  meningitis: text('Feber och nackstelhet', 'Fever with a stiff neck'),
  'acute-confusion': text('Plötslig förvirring', 'Sudden confusion'),
  'gi-bleeding': text('Blödning från mage eller tarm', 'Bleeding from the stomach or gut'),
  ectopic: text('Möjligt utomkvedshavandeskap', 'Possible ectopic pregnancy'),
  'testicular-torsion': text('Plötslig smärta i testikel', 'Sudden testicular pain'),
  'urinary-retention': text('Kan inte kissa', 'Cannot pass urine'),
  'renal-colic': text('Svår ensidig smärta (njursten)', 'Severe one-sided pain (kidney stone)'),
  'obstructed-kidney': text('Njursten med feber', 'Kidney stone with fever'),
  'infant-dehydration': text('Spädbarn utan blöta blöjor', 'Infant without wet nappies'),
  'cauda-equina': text('Domning i underlivet eller svårt att hålla urin', 'Numbness in the groin or loss of bladder control'),
  'pregnancy-warning': text('Varningstecken under graviditet', 'Warning signs in pregnancy'),
  'airway-swelling': text('Kan inte svälja saliv eller dreglar', 'Cannot swallow saliva or drooling'),
  'eye-emergency': text('Akut ögonskada eller synförlust', 'Eye injury or sudden loss of vision'),
  'septic-arthritis': text('Röd, svullen led med feber', 'Red, swollen joint with fever'),
  'severe-abdominal-pain': text('Svår, ihållande buksmärta', 'Severe, constant abdominal pain'),
  'child-surgical-abdomen': text('Barn med grön kräkning eller ihållande magsmärta', 'Child with green vomit or constant abdominal pain'),
  'hyperglycaemia': text('Mycket högt blodsocker med kräkningar', 'Very high blood sugar with vomiting'),
  'mastoiditis': text('Svullnad bakom örat', 'Swelling behind the ear'),
  'shingles-eye': text('Bältros vid ögat med ögonbesvär', 'Shingles near the eye with eye symptoms'),
  'syncope-arrhythmia': text('Svimning med hjärtklappning', 'Fainting with palpitations'),
  'posterior-stroke': text('Plötslig yrsel med svårt att gå eller dubbelseende', 'Sudden dizziness with trouble walking or double vision'),
  'chest-pain-recent': text('Bröstsmärta det senaste dygnet', 'Chest pain in the last day'),
  'sepsis-risk': text('Infektion med allmänpåverkan', 'Infection with systemic signs'),
  'gynae-bleeding': text('Kraftig blödning med yrsel', 'Heavy bleeding with dizziness'),
  'severe-pain': text('Plötslig svår smärta', 'Sudden severe pain'),
  'head-injury-anticoagulant': text('Slag mot huvudet med blodförtunnande', 'Head injury on blood thinners'),
  'bleeding-uncontrolled': text('Blödning som inte slutar', 'Bleeding that will not stop'),
};

const byId = new Map(RED_FLAGS.map((flag) => [flag.id, flag]));

export const redFlagById = (id: string): RedFlagDef | undefined => byId.get(id);

/** The screen's questions for one subject: `any` flags and those for a child or an adult. */
export function redFlagsFor(subject: 'self' | 'child'): RedFlagDef[] {
  return RED_FLAGS.filter((flag) => flag.audience === 'any' || flag.audience === (subject === 'child' ? 'child' : 'adult'));
}
