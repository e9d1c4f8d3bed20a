// The FHIR R4 Questionnaires `npm run bench` renders with Nära and with its peers, as plain JSON so every
// renderer gets the very same resource. `node bench/questionnaires.mjs` prints their item counts;
// `node bench/questionnaires.mjs large` prints one as JSON.
//
// - small:  a sore-throat contact form, 15 questions, two of them shown by an answer
// - large:  a health declaration, ~200 items: 18 sections (groups) of a yes/no gate and nine follow-ups
//           (one of them nested one level deeper), half of the gates answered "yes" from the start,
//           a repeating medication group, a repeating text item and a contact group
// - chains: 40 yes/no questions where each is shown only when the one before it is "yes", all answered
//           "yes" from the start, so one answer at the top hides (or shows) the whole chain

const system = 'urn:nara:bench';
/** A plain JSON Questionnaire item: the bench hands the same JSON to every renderer. */
export interface Item {
  linkId: string;
  type: string;
  text?: string;
  required?: boolean;
  repeats?: boolean;
  initial?: { valueBoolean: boolean }[];
  enableWhen?: { question: string; operator: '='; answerBoolean: boolean }[];
  answerOption?: { valueCoding: { system: string; code: string; display: string } }[];
  extension?: unknown[];
  item?: Item[];
}
export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  status: 'active';
  title: string;
  item: Item[];
}

const coding = (code: string, display: string) => ({ valueCoding: { system, code, display } });
const control = (code: string) => ({
  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code }] },
});
const yes = (question: string): Item['enableWhen'] => [{ question, operator: '=', answerBoolean: true }];

export function small(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'bench-small',
    status: 'active',
    title: 'Ont i halsen',
    item: [
      { linkId: 'since', type: 'choice', required: true, text: 'Hur länge har du haft ont i halsen?', extension: [control('radio-button')],
        answerOption: [coding('lt3', 'Mindre än 3 dagar'), coding('3to7', '3–7 dagar'), coding('gt7', 'Mer än en vecka')] },
      { linkId: 'fever', type: 'boolean', required: true, text: 'Har du feber?' },
      { linkId: 'temp', type: 'decimal', text: 'Hur hög är febern (°C)?', enableWhen: yes('fever') },
      { linkId: 'swallow', type: 'boolean', text: 'Har du svårt att svälja?' },
      { linkId: 'breath', type: 'boolean', required: true, text: 'Har du svårt att andas?' },
      { linkId: 'cough', type: 'boolean', text: 'Hostar du?' },
      { linkId: 'glands', type: 'boolean', text: 'Har du svullna körtlar på halsen?' },
      { linkId: 'rash', type: 'boolean', text: 'Har du fått utslag?' },
      { linkId: 'pain', type: 'integer', text: 'Hur ont har du (0–10)?' },
      { linkId: 'meds', type: 'string', text: 'Vilka läkemedel har du tagit?' },
      { linkId: 'allergy', type: 'boolean', text: 'Är du allergisk mot något läkemedel?' },
      { linkId: 'allergy-what', type: 'string', text: 'Vilket läkemedel?', enableWhen: yes('allergy') },
      { linkId: 'pregnant', type: 'choice', text: 'Är du gravid?', extension: [control('radio-button')],
        answerOption: [coding('y', 'Ja'), coding('n', 'Nej'), coding('na', 'Vill inte svara')] },
      { linkId: 'contact', type: 'choice', text: 'Hur vill du bli kontaktad?', extension: [control('drop-down')],
        answerOption: [coding('chat', 'Chatt'), coding('phone', 'Telefon'), coding('video', 'Video')] },
      { linkId: 'other', type: 'text', text: 'Något mer vi bör veta?' },
    ],
  };
}

function section(s: number, answered: boolean): Item {
  const gate = `s${s}-gate`;
  const when = yes(gate);
  return {
    linkId: `s${s}`,
    type: 'group',
    text: `Avsnitt ${s}`,
    item: [
      { linkId: gate, type: 'boolean', required: true, text: `Har du haft besvär av typ ${s}?`, ...(answered ? { initial: [{ valueBoolean: true }] } : {}) },
      { linkId: `s${s}-since`, type: 'date', text: `Sedan när (avsnitt ${s})?`, enableWhen: when },
      { linkId: `s${s}-score`, type: 'integer', text: `Hur besvärligt (0–10), avsnitt ${s}?`, enableWhen: when },
      { linkId: `s${s}-desc`, type: 'text', text: `Beskriv besvären i avsnitt ${s}`, enableWhen: when },
      { linkId: `s${s}-side`, type: 'choice', text: `Vilken sida (avsnitt ${s})?`, enableWhen: when, extension: [control('radio-button')],
        answerOption: [coding('l', 'Vänster'), coding('r', 'Höger'), coding('b', 'Båda')] },
      { linkId: `s${s}-often`, type: 'choice', text: `Hur ofta (avsnitt ${s})?`, enableWhen: when, extension: [control('drop-down')],
        answerOption: [coding('d', 'Dagligen'), coding('w', 'Varje vecka'), coding('r', 'Sällan')] },
      { linkId: `s${s}-tried`, type: 'boolean', text: `Har du provat egenvård (avsnitt ${s})?`, enableWhen: when,
        item: [{ linkId: `s${s}-what`, type: 'string', text: `Vad provade du (avsnitt ${s})?`, enableWhen: yes(`s${s}-tried`) }] },
      { linkId: `s${s}-temp`, type: 'decimal', text: `Temperatur (avsnitt ${s})`, enableWhen: when },
      { linkId: `s${s}-note`, type: 'display', text: `Tack för svaren i avsnitt ${s}.`, enableWhen: when },
    ],
  };
}

export function large(): Questionnaire {
  const sections = Array.from({ length: 18 }, (_, i) => section(i + 1, i % 2 === 1));
  return {
    resourceType: 'Questionnaire',
    id: 'bench-large',
    status: 'active',
    title: 'Hälsodeklaration',
    item: [
      { linkId: 'about', type: 'group', text: 'Om dig', item: [
        { linkId: 'name', type: 'string', required: true, text: 'Namn' },
        { linkId: 'phone', type: 'string', text: 'Telefonnummer' },
        { linkId: 'height', type: 'integer', text: 'Längd (cm)' },
        { linkId: 'weight', type: 'decimal', text: 'Vikt (kg)' },
        { linkId: 'smoke', type: 'boolean', text: 'Röker du?' },
        { linkId: 'smoke-amount', type: 'integer', text: 'Hur många cigaretter om dagen?', enableWhen: yes('smoke') },
      ] },
      ...sections,
      { linkId: 'medication', type: 'group', repeats: true, text: 'Läkemedel', item: [
        { linkId: 'med-name', type: 'string', text: 'Läkemedlets namn' },
        { linkId: 'med-dose', type: 'string', text: 'Dos' },
        { linkId: 'med-since', type: 'date', text: 'Sedan när?' },
      ] },
      { linkId: 'symptoms', type: 'string', repeats: true, text: 'Andra besvär' },
      { linkId: 'consent', type: 'boolean', required: true, text: 'Jag har svarat sanningsenligt' },
      { linkId: 'other', type: 'text', text: 'Något mer vi bör veta om dig?' },
    ],
  };
}

export function chains(length = 40): Questionnaire {
  const item: Item[] = Array.from({ length }, (_, i) => ({
    linkId: `c${i + 1}`,
    type: 'boolean',
    text: `Fråga ${i + 1} i kedjan: stämmer det?`,
    initial: [{ valueBoolean: true }],
    ...(i ? { enableWhen: yes(`c${i}`) } : {}),
  }));
  item.push({ linkId: 'end', type: 'display', text: 'Slut på kedjan.', enableWhen: yes(`c${length}`) });
  return { resourceType: 'Questionnaire', id: 'bench-chains', status: 'active', title: 'Kedja av villkor', item };
}

export const QUESTIONNAIRES = { small, large, chains };

/** Every item (groups and display items included), depth first. */
export function countItems(items: Item[]): number {
  return items.reduce((n, it) => n + 1 + countItems(it.item ?? []), 0);
}

/** The texts a renderer should show at first: enabled items, with the `initial` answers in place. */
export function initiallyShown(questionnaire: Questionnaire): string[] {
  const answers = new Map<string, boolean>();
  const shown: string[] = [];
  const visit = (items: Item[]) => {
    for (const it of items) {
      if (it.initial) answers.set(it.linkId, it.initial[0].valueBoolean);
      const on = (it.enableWhen ?? []).every((w) => shown.includes(w.question) && answers.get(w.question) === w.answerBoolean);
      if (!on) continue;
      shown.push(it.linkId);
      visit(it.item ?? []);
    }
  };
  visit(questionnaire.item);
  const texts = new Map<string, string>();
  const index = (items: Item[]) => items.forEach((it) => (texts.set(it.linkId, it.text ?? ''), index(it.item ?? [])));
  index(questionnaire.item);
  return shown.map((linkId) => texts.get(linkId)!);
}

export type FormName = keyof typeof QUESTIONNAIRES;

if (import.meta.url === `file://${process.argv[1]}`) {
  const name = process.argv[2] as FormName | undefined;
  if (name) console.log(JSON.stringify(QUESTIONNAIRES[name](), null, 2));
  else for (const [key, make] of Object.entries(QUESTIONNAIRES)) console.log(`${key}: ${countItems(make().item)} items, ${initiallyShown(make()).length} shown at first`);
}
