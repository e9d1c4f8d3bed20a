import type { Condition, QuestionDef, Rule, Source, Urgency, Profession } from './model.js';
import { text, type Text } from './text.js';

// Small builders so the data tables read like sentences; every one returns plain JSON data.

export const yes = (answer: string): Condition => ({ answer, equals: true });
export const no = (answer: string): Condition => ({ answer, equals: false });
export const is = (answer: string, code: string): Condition => ({ answer, equals: code });
export const oneOf = (answer: string, ...codes: string[]): Condition => ({ answer, in: codes });
export const atLeast = (answer: string, value: number): Condition => ({ answer, atLeast: value });
export const atMost = (answer: string, value: number): Condition => ({ answer, atMost: value });
export const ageUnder = (months: number): Condition => ({ ageMonthsUnder: months });
export const ageAtLeast = (months: number): Condition => ({ ageMonthsAtLeast: months });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });

/** What a rule may add: the warning sign it detects, who handles it, the clinician's rationale and sources, advice on the way. */
export interface RuleExtra {
  redFlag?: string;
  profession?: Profession;
  rationale?: string;
  sources?: Source[];
  advice?: Text;
}

/** A rule: when `when`, at least `urgency`, because `sv` / `en`. */
export function rule(when: Condition, urgency: Urgency, sv: string, en: string, extra: RuleExtra = {}): Rule {
  return { when, urgency, why: text(sv, en), ...extra };
}

/** A yes/no question. */
export const yesNo = (id: string, sv: string, en: string, extra: Partial<QuestionDef> = {}): QuestionDef => ({
  id,
  type: 'boolean',
  text: text(sv, en),
  ...extra,
});

/** A single-choice question; options as `[code, sv, en]`. */
export const choice = (id: string, sv: string, en: string, options: [string, string, string][], extra: Partial<QuestionDef> = {}): QuestionDef => ({
  id,
  type: 'choice',
  text: text(sv, en),
  options: options.map(([code, osv, oen]) => ({ code, display: text(osv, oen) })),
  ...extra,
});

/** A short free-text question. */
export const shortText = (id: string, sv: string, en: string, extra: Partial<QuestionDef> = {}): QuestionDef => ({
  id,
  type: 'string',
  text: text(sv, en),
  maxLength: 200,
  ...extra,
});

/** Every linkId a condition reads, in order, without repeats. */
export function conditionAnswers(condition: Condition, into: string[] = []): string[] {
  if ('all' in condition) condition.all.forEach((c) => conditionAnswers(c, into));
  else if ('any' in condition) condition.any.forEach((c) => conditionAnswers(c, into));
  else if ('answer' in condition && !into.includes(condition.answer)) into.push(condition.answer);
  return into;
}

export type { Text };
