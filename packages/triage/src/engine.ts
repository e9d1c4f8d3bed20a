import type { AnswerValue, QuestionnaireResponse } from '@nara/fhir';
import { answersByLinkId, plainValue } from './answers.js';
import { conditionAnswers } from './conditions.js';
import { commonRules } from './common-items.js';
import { DEMO_NOTICE } from './catalogue.js';
import type { Action, Advice, Condition, ContactReason, Profession, QuestionDef, Rule, Subject, Urgency } from './model.js';
import { severity } from './model.js';
import { reasonQuestions } from './questionnaire.js';
import { redFlagById } from './red-flags.js';
import { findEmergency } from './search/emergency-phrases.js';
import { text, type Locale, type Text } from './text.js';

/** One answer that led to an outcome, in words. */
export interface AnswerBasis {
  linkId: string;
  question: string;
  answer: string;
}

/** One reason for the outcome and the answers behind it. */
export interface Explanation {
  text: string;
  answers: AnswerBasis[];
}

export interface RedFlagMet {
  id: string;
  text: string;
}

export interface AssessmentInput {
  reason: ContactReason;
  response: QuestionnaireResponse;
  subject: Subject;
  /** The emergency screen's answers by red-flag id (`true` = yes). */
  redFlags?: Record<string, boolean>;
}

/** What the engine concludes. Deterministic: the same input always gives the same outcome. */
export interface AssessmentOutcome {
  reasonId: string;
  urgency: Urgency;
  redFlagsMet: RedFlagMet[];
  why: Explanation[];
  actions: Action[];
  profession: Profession;
  selfCare: string[];
  safetyNet: string;
  /** Always true: the catalogue is demo content. */
  demo: true;
  notice: string;
}

type Answers = Map<string, AnswerValue[]>;

function numberOf(answers: Answers, linkId: string): number | undefined {
  const value = answers.get(linkId)?.map(plainValue).find((v) => typeof v === 'number');
  return typeof value === 'number' ? value : undefined;
}

/** Whether a condition holds for these answers and subject. Unanswered questions never match. */
export function holds(condition: Condition, answers: Answers, subject: Subject): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers, subject));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers, subject));
  if ('ageMonthsUnder' in condition) return subject.kind === 'child' && subject.ageMonths < condition.ageMonthsUnder;
  if ('ageMonthsAtLeast' in condition) return subject.kind === 'child' && subject.ageMonths >= condition.ageMonthsAtLeast;
  const values = (answers.get(condition.answer) ?? []).map(plainValue);
  if ('equals' in condition) return values.some((v) => v === condition.equals);
  if ('in' in condition) return values.some((v) => typeof v === 'string' && condition.in.includes(v));
  const n = numberOf(answers, condition.answer);
  if (n === undefined) return false;
  return 'atLeast' in condition ? n >= condition.atLeast : n <= condition.atMost;
}

/** Answers that say the patient is pregnant (any family may ask; the pregnancy family is pregnant by definition). */
export const PREGNANT: Condition = { any: [{ answer: 'pregnant', equals: true }, { answer: 'pregnancy-week', atLeast: 1 }] };

/** Whether a piece of advice fits this subject and these answers (see `Advice`). */
export function adviceFits(item: Text | Advice, reason: ContactReason, answers: Answers, subject: Subject): boolean {
  if (!('text' in item)) return true;
  if (item.minAgeMonths !== undefined && subject.kind === 'child' && subject.ageMonths < item.minAgeMonths) return false;
  if (item.notInPregnancy && (reason.family.pregnancy || holds(PREGNANT, answers, subject))) return false;
  if (item.unless && holds(item.unless, answers, subject)) return false;
  if (item.when && !holds(item.when, answers, subject)) return false;
  return true;
}

const yesNo: Record<Locale, [string, string]> = { sv: ['Ja', 'Nej'], en: ['Yes', 'No'] };

function describe(question: QuestionDef | undefined, value: AnswerValue, locale: Locale): string {
  const plain = plainValue(value);
  if (typeof plain === 'boolean') return yesNo[locale][plain ? 0 : 1];
  if (question?.options && typeof plain === 'string') return question.options.find((o) => o.code === plain)?.display[locale] ?? plain;
  if (typeof plain === 'number') return `${plain.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB')}${question?.unit === 'Cel' ? ' °C' : question?.unit ? ` ${question.unit}` : ''}`;
  if (plain && typeof plain === 'object') return plain.title ?? (locale === 'sv' ? 'Bifogad fil' : 'Attached file');
  return String(plain ?? '');
}

const ACTIONS_BY_URGENCY = {
  urgent: (p: Profession): Action[] => [{ action: 'chat', profession: 'nurse' }, { action: 'book', visitType: 'physical', profession: p }, { action: 'call-1177' }],
  soonOrRoutine: (p: Profession): Action[] => [{ action: 'chat', profession: p }, { action: 'book', visitType: 'video', profession: p }, { action: 'book', visitType: 'physical', profession: p }],
};

/** Recommended next steps for an urgency. The patient may always choose the chat over self-care. */
function actionsFor(urgency: Urgency, reason: ContactReason, profession: Profession): Action[] {
  switch (urgency) {
    case 'emergency':
      return [{ action: 'call-112' }];
    case 'emergency-department':
      return [{ action: 'emergency-department' }, { action: 'call-1177' }];
    case 'urgent':
      return ACTIONS_BY_URGENCY.urgent(profession);
    case 'self-care':
      return [{ action: 'self-care' }, { action: 'chat', profession }];
    default: {
      const channels = reason.family.channels;
      return channels ? channels.map((a) => ({ ...a, profession: a.profession ?? profession })) : ACTIONS_BY_URGENCY.soonOrRoutine(profession);
    }
  }
}

const screenWhy = text('Du svarade ja på en fråga om akuta symtom:', 'You answered yes to a question about emergency symptoms:');
const writtenWhy = text('Du skrev något som kan vara ett akut tillstånd:', 'You wrote something that may be an emergency:');
const reasonTopics = new WeakMap<ContactReason, Set<string>>();
/** The emergency rules a reason's own name and synonyms describe ("Bröstsmärta" is chest pain). */
function reasonIsAbout(reason: ContactReason, ruleId: string): boolean {
  let topics = reasonTopics.get(reason);
  if (!topics) {
    const names = [reason.title.sv, reason.title.en, ...reason.synonyms.sv, ...reason.synonyms.en];
    topics = new Set(names.flatMap((name) => findEmergency(name)?.rule.id ?? []));
    reasonTopics.set(reason, topics);
  }
  return topics.has(ruleId);
}
const screenClearWhy = text('Du svarade nej på alla frågor om akuta symtom.', 'You answered no to every question about emergency symptoms.');
const baselineAnswersWhy = text('Inga svar tydde på att du behöver vård snabbare.', 'None of the answers suggested that care is needed sooner.');
const departmentSafetyNet = text(
  'Ring 112 om du blir sämre innan du är framme, till exempel får svårt att andas, blir förvirrad eller svimmar. 1177 berättar vilken akutmottagning som är närmast.',
  'Call 112 if you get worse before you arrive, for example find it hard to breathe, become confused or faint. 1177 tells you which emergency department is nearest.',
);
const departmentAdvice = [
  text('Åk till akutmottagningen nu. Kör inte själv: be någon skjutsa dig, ta taxi, eller ring 112 om ingen kan.', 'Go to the emergency department now. Do not drive yourself: ask someone to take you, take a taxi, or call 112 if no one can.'),
  text('Ta med dina läkemedel eller en lista över dem.', 'Bring your medicines or a list of them.'),
  text('Har du ont i magen eller pungen: ät och drick inget tills du har träffat en läkare.', 'If you have pain in the stomach or scrotum: do not eat or drink until you have seen a doctor.'),
];
const emergencySafetyNet = text(
  'Ring 112 nu. Vänta inte på svar i chatten och åk inte själv om du mår mycket dåligt.',
  'Call 112 now. Do not wait for an answer in the chat, and do not drive yourself if you feel very unwell.',
);

/**
 * Assesses one errand: the emergency screen first (any "yes" is an emergency, always), then the
 * rules shared by all medical reasons, then the reason's own rules. The most severe rule wins; each
 * matched rule explains itself with the answers that triggered it.
 */
export function assess(input: AssessmentInput, locale: Locale): AssessmentOutcome {
  const { reason, subject } = input;
  const answers = answersByLinkId(input.response);
  const questions = new Map(reasonQuestions(reason, subject.kind).map((q) => [q.id, q]));
  const basis = (linkIds: string[]): AnswerBasis[] =>
    linkIds.flatMap((linkId) =>
      (answers.get(linkId) ?? []).map((value) => ({
        linkId,
        question: questions.get(linkId)?.text[locale] ?? linkId,
        answer: describe(questions.get(linkId), value, locale),
      })),
    );

  const redFlagsMet: RedFlagMet[] = [];
  const why: Explanation[] = [];
  for (const [id, answer] of Object.entries(input.redFlags ?? {})) {
    const flag = redFlagById(id);
    if (answer !== true || !flag) continue;
    // A flag for another audience still counts: a yes to an emergency question is never ignored.
    redFlagsMet.push({ id, text: flag.question[locale] });
    why.push({ text: `${screenWhy[locale]} ${flag.question[locale]}`, answers: [{ linkId: `red-flag:${id}`, question: flag.question[locale], answer: yesNo[locale][0] }] });
  }

  const screenMet = redFlagsMet.length > 0;
  const rules: Rule[] = [...(reason.category === 'medical' ? commonRules : []), ...reason.family.rules];
  const matched = rules.filter((rule) => holds(rule.when, answers, subject));
  matched.sort((a, b) => severity(b.urgency) - severity(a.urgency));
  for (const rule of matched) {
    if ((rule.urgency === 'emergency' || rule.urgency === 'emergency-department') && rule.redFlag && !redFlagsMet.some((f) => f.id === rule.redFlag)) {
      redFlagsMet.push({ id: rule.redFlag, text: rule.why[locale] });
    }
    why.push({ text: rule.why[locale], answers: basis(conditionAnswers(rule.when)) });
  }

  let urgency: Urgency = reason.family.baseline;
  for (const rule of matched) if (severity(rule.urgency) > severity(urgency)) urgency = rule.urgency;
  // What the patient wrote in their own words is read too: an emergency described there is 112 even
  // when every screen question was answered "no" — unless a negation comes before it ("ingen
  // bröstsmärta"), the answers already lead to the emergency department, or the reason chosen is that
  // very symptom (its own questions grade it: chest pain for weeks, a febrile seizure that has passed).
  let writtenMet = false;
  if (severity(urgency) < severity('emergency-department')) {
    for (const [linkId, values] of answers) {
      for (const value of values) {
        if (typeof value.valueString !== 'string') continue;
        const found = findEmergency(value.valueString, { negation: true });
        if (!found || reasonIsAbout(reason, found.rule.id)) continue;
        const { redFlag, advice } = found.rule;
        if (!redFlagsMet.some((f) => f.id === redFlag)) redFlagsMet.push({ id: redFlag, text: advice[locale] });
        const said = value.valueString.length > 200 ? `${value.valueString.slice(0, 199)}…` : value.valueString;
        why.push({ text: `${writtenWhy[locale]} ${advice[locale]}`, answers: [{ linkId, question: questions.get(linkId)?.text[locale] ?? linkId, answer: said }] });
        writtenMet = true;
      }
    }
  }
  // A "yes" on the screen is always 112; warning signs found by the rules carry their own level.
  if (screenMet || writtenMet) urgency = 'emergency';

  if (!why.length) {
    const considered = [...new Set(rules.flatMap((rule) => conditionAnswers(rule.when)))];
    const answeredBasis = basis(considered);
    why.push({ text: reason.family.baselineWhy[locale], answers: answeredBasis });
    if (answeredBasis.length) why.push({ text: baselineAnswersWhy[locale], answers: [] });
  }
  const screenAnswers = Object.entries(input.redFlags ?? {}).filter(([id]) => redFlagById(id));
  if (!redFlagsMet.length && screenAnswers.length && screenAnswers.every(([, answer]) => answer === false)) {
    why.push({ text: screenClearWhy[locale], answers: [] });
  }

  const deciding = matched.find((rule) => rule.urgency === urgency && rule.profession);
  const profession: Profession = deciding?.profession ?? reason.profession;
  const advice = (items: Text[]) => items.map((item) => item[locale]);
  const flagAdvice = [
    ...redFlagsMet.flatMap((met) => (redFlagById(met.id)?.advice ? [redFlagById(met.id)!.advice![locale]] : [])),
    ...matched.filter((rule) => rule.advice && severity(rule.urgency) >= severity('emergency-department')).map((rule) => rule.advice![locale]),
  ].filter((item, i, list) => list.indexOf(item) === i);
  const fitting = reason.family.selfCare.filter((item) => adviceFits(item, reason, answers, subject)).map((item) => ('text' in item ? item.text : item));

  return {
    reasonId: reason.id,
    urgency,
    redFlagsMet,
    why,
    actions: actionsFor(urgency, reason, profession),
    profession,
    selfCare: urgency === 'emergency' ? flagAdvice : urgency === 'emergency-department' ? [...advice(departmentAdvice), ...flagAdvice] : advice(fitting),
    safetyNet: urgency === 'emergency' ? emergencySafetyNet[locale] : urgency === 'emergency-department' ? departmentSafetyNet[locale] : reason.family.safetyNet[locale],
    demo: true,
    notice: DEMO_NOTICE[locale],
  };
}
