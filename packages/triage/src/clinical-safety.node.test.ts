import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { responseFromAnswers, type PlainAnswer } from './answers.js';
import { CATALOGUE } from './catalogue.js';
import { clinicalSheet } from './clinical-sheet.js';
import { commonRules } from './common-items.js';
import { assess, holds, PREGNANT } from './engine.js';
import { answersByLinkId } from './answers.js';
import { severity, type Condition, type ContactReason, type Rule, type Subject } from './model.js';
import { buildQuestionnaire, reasonQuestions } from './questionnaire.js';
import { RED_FLAGS, WARNING_SIGNS } from './red-flags.js';
import { REASSURING } from './vignettes.js';

/** Answers (and an age range) that make a condition hold, or undefined when none can. */
function solve(c: Condition): { answers: Record<string, PlainAnswer>; minAge: number; maxAge: number } | undefined {
  if ('all' in c) {
    const parts = c.all.map(solve);
    if (parts.some((p) => !p)) return undefined;
    const merged = { answers: {} as Record<string, PlainAnswer>, minAge: 0, maxAge: 215 };
    for (const p of parts as NonNullable<ReturnType<typeof solve>>[]) {
      for (const [k, v] of Object.entries(p.answers)) {
        if (k in merged.answers && merged.answers[k] !== v && typeof v !== 'number') return undefined;
        merged.answers[k] = typeof v === 'number' && typeof merged.answers[k] === 'number' ? Math.max(v, merged.answers[k] as number) : v;
      }
      merged.minAge = Math.max(merged.minAge, p.minAge);
      merged.maxAge = Math.min(merged.maxAge, p.maxAge);
    }
    return merged.minAge <= merged.maxAge ? merged : undefined;
  }
  if ('any' in c) return c.any.map(solve).find(Boolean);
  if ('ageMonthsUnder' in c) return { answers: {}, minAge: 0, maxAge: c.ageMonthsUnder - 1 };
  if ('ageMonthsAtLeast' in c) return { answers: {}, minAge: c.ageMonthsAtLeast, maxAge: 215 };
  if ('equals' in c) return { answers: { [c.answer]: c.equals }, minAge: 0, maxAge: 215 };
  if ('in' in c) return { answers: { [c.answer]: c.in[0] }, minAge: 0, maxAge: 215 };
  if ('atLeast' in c) return { answers: { [c.answer]: c.atLeast }, minAge: 0, maxAge: 215 };
  return { answers: { [c.answer]: c.atMost }, minAge: 0, maxAge: 215 };
}

/** Who can have the errand: oneself, and children of a few ages (a baby, a toddler, a school child, a teenager). */
function subjectsFor(reason: ContactReason, minAge: number, maxAge: number, ageBound: boolean): Subject[] {
  const children = [1, 30, 120, 168].map((a) => Math.min(Math.max(a, minAge), maxAge)).map((ageMonths) => ({ kind: 'child' as const, ageMonths }));
  if (reason.audience === 'adult') return ageBound ? [] : [{ kind: 'self' }];
  if (reason.audience === 'child') return children;
  return ageBound ? children : [{ kind: 'self' }, ...children];
}

const CHILD_SEXUAL_ADVICE = /kondom|condom|sex\b|samlag/i;
const DRINK_MORE = /drick (mycket|mer|lite i taget)|drink (plenty|more|a little)|mycket att dricka|plenty to drink/i;
const PERIOD_ADVICE = /mens|period/i;
const usesAge = (c: Condition): boolean => ('all' in c ? c.all.some(usesAge) : 'any' in c ? c.any.some(usesAge) : 'ageMonthsUnder' in c || 'ageMonthsAtLeast' in c);

describe('clinical safety of the catalogue', () => {
  it('gives every rule and red flag a rationale and a source, and every warning sign a meaning', () => {
    for (const flag of RED_FLAGS) {
      assert.ok(flag.rationale.length > 10, flag.id);
      assert.ok(flag.sources.length > 0, flag.id);
    }
    for (const reason of CATALOGUE) {
      assert.ok(reason.family.sources.length > 0, reason.family.id);
      for (const rule of [...(reason.category === 'medical' ? commonRules : []), ...reason.family.rules]) {
        assert.ok((rule.rationale ?? '').length > 10, `${reason.family.id}: ${rule.why.en}`);
        assert.ok((rule.sources ?? reason.family.sources).length > 0, `${reason.family.id}: ${rule.why.en}`);
        if (rule.redFlag) assert.ok(RED_FLAGS.some((f) => f.id === rule.redFlag) || rule.redFlag in WARNING_SIGNS, `${rule.redFlag} is described`);
      }
    }
  });

  it('walks every rule of every reason: the answers that trigger it reach its urgency, and the advice fits the subject and the answers', () => {
    let walked = 0;
    const problems: string[] = [];
    for (const reason of CATALOGUE) {
      const rules: Rule[] = [...(reason.category === 'medical' ? commonRules : []), ...reason.family.rules];
      for (const rule of rules) {
        const solved = solve(rule.when);
        assert.ok(solved, `${reason.id}: ${rule.why.en} can be met`);
        for (const subject of subjectsFor(reason, solved.minAge, solved.maxAge, usesAge(rule.when))) {
          const wording = subject.kind === 'child' ? 'child' : 'self';
          const questions = reasonQuestions(reason, wording);
          const answers: Record<string, PlainAnswer> = { description: 'Berättelse' };
          if (reason.category === 'medical') Object.assign(answers, { since: 'days-1-3', overall: 6 });
          for (const q of questions) if (q.required && !(q.id in answers)) answers[q.id] = REASSURING[q.id] ?? (q.type === 'boolean' ? false : q.options?.[0].code ?? 'x');
          Object.assign(answers, solved.answers);
          const response = responseFromAnswers(buildQuestionnaire(reason, 'sv', wording), answers);
          for (const locale of ['sv', 'en'] as const) {
            const outcome = assess({ reason, response, subject }, locale);
            walked++;
            const where = `${reason.id} [${subject.kind === 'child' ? `child ${subject.ageMonths} mo` : 'self'}] ${rule.why.en} (${locale})`;
            if (severity(outcome.urgency) < severity(rule.urgency)) problems.push(`${where}: ${outcome.urgency} below ${rule.urgency}`);
            const advice = outcome.selfCare.join(' ');
            const plain = answersByLinkId(response);
            if (subject.kind === 'child' && subject.ageMonths < 180 && CHILD_SEXUAL_ADVICE.test(advice)) problems.push(`${where}: sexual-health advice to a child`);
            if (plain.get('cannot-pee')?.[0]?.valueBoolean === true && DRINK_MORE.test(advice)) problems.push(`${where}: "drink more" with urinary retention`);
            if ((reason.family.pregnancy || holds(PREGNANT, plain, subject)) && PERIOD_ADVICE.test(advice)) problems.push(`${where}: period advice in pregnancy`);
            if (severity(outcome.urgency) >= severity('emergency-department') && /receptfri|over-the-counter|vila|rest and/i.test(advice)) problems.push(`${where}: home advice at an emergency level`);
          }
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(walked > 2000, `walked ${walked} rule × subject × language cases`);
  });

  it('keeps period advice from a pregnancy and "drink more" from urinary retention, and condom advice from a child', () => {
    const reason = (id: string) => CATALOGUE.find((r) => r.id === id)!;
    const outcomeOf = (id: string, answers: Record<string, PlainAnswer>, subject: Subject = { kind: 'self' }) => {
      const r = reason(id);
      const wording = subject.kind === 'child' ? 'child' : 'self';
      const base: Record<string, PlainAnswer> = { description: 'x', since: 'days-1-3', overall: 6 };
      for (const q of reasonQuestions(r, wording)) if (q.required && !(q.id in base)) base[q.id] = REASSURING[q.id] ?? false;
      return assess({ reason: r, response: responseFromAnswers(buildQuestionnaire(r, 'sv', wording), { ...base, ...answers }), subject }, 'sv');
    };
    assert.match(outcomeOf('mensbesvar', {}).selfCare.join(' '), /mensvärk/);
    assert.doesNotMatch(outcomeOf('mensbesvar', { pregnant: true }).selfCare.join(' '), /mensvärk/);
    assert.doesNotMatch(outcomeOf('graviditet', { 'pregnancy-week': 10 }).selfCare.join(' '), /mens/);
    assert.match(outcomeOf('urinvagsinfektion', { burning: true }).selfCare.join(' '), /Drick mycket vatten/);
    assert.equal(outcomeOf('besvar-att-kissa', { 'cannot-pee': true }).urgency, 'emergency-department');
    assert.match(outcomeOf('sti-test', { symptoms: true }).selfCare.join(' '), /kondom/);
    const boy = outcomeOf('testikel', { 'testicle-pain': true }, { kind: 'child', ageMonths: 168 });
    assert.equal(boy.urgency, 'emergency-department');
    assert.doesNotMatch(boy.selfCare.join(' '), /kondom/);
  });

  it('writes a clinical sheet that is up to date (npm run clinical-sheet)', () => {
    const current = readFileSync(new URL('../../../docs/clinical-sheet.md', import.meta.url), 'utf8');
    assert.equal(current, clinicalSheet() + '\n', 'docs/clinical-sheet.md is stale: run npm run clinical-sheet');
    for (const reason of CATALOGUE) assert.ok(current.includes(`\`${reason.id}\``), reason.id);
    assert.match(current, /not clinically validated/);
    assert.match(current, /RETTS colour/);
  });
});
