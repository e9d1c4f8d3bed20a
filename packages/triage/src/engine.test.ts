import { expect } from '@open-wc/testing';
import { responseFromAnswers, type PlainAnswer } from './answers.js';
import { CATALOGUE, findReason } from './catalogue.js';
import { commonRules } from './common-items.js';
import { assess } from './engine.js';
import type { ContactReason, QuestionDef, Subject } from './model.js';
import { buildQuestionnaire, reasonQuestions } from './questionnaire.js';
import { RED_FLAGS } from './red-flags.js';

/** A small seeded PRNG so the random stories are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function randomAnswer(question: QuestionDef, next: () => number): PlainAnswer | undefined {
  switch (question.type) {
    case 'boolean':
      return next() < 0.5;
    case 'choice':
      return question.options![Math.floor(next() * question.options!.length)].code;
    case 'integer':
      return Math.round((question.min ?? 0) + next() * ((question.max ?? 10) - (question.min ?? 0)));
    case 'decimal':
      return Math.round(((question.min ?? 0) + next() * ((question.max ?? 40) - (question.min ?? 0))) * 10) / 10;
    case 'attachment':
      return undefined;
    default:
      return 'Berättelse';
  }
}

function randomStory(reason: ContactReason, next: () => number) {
  const answers: Record<string, PlainAnswer> = {};
  for (const question of reasonQuestions(reason)) {
    if (!question.required && next() < 0.3) continue;
    const value = randomAnswer(question, next);
    if (value !== undefined) answers[question.id] = value;
  }
  const subject: Subject = reason.audience === 'child' ? { kind: 'child', ageMonths: Math.floor(next() * 200) } : { kind: 'self' };
  return { response: responseFromAnswers(buildQuestionnaire(reason, 'sv'), answers), subject };
}

describe('assessment engine', () => {
  it('makes every red flag an emergency for every reason, whatever else is answered', () => {
    const next = random(42);
    let checked = 0;
    for (const reason of CATALOGUE) {
      for (const flag of RED_FLAGS) {
        const { response, subject } = randomStory(reason, next);
        const outcome = assess({ reason, response, subject, redFlags: { [flag.id]: true } }, 'en');
        expect(outcome.urgency, `${reason.id} + ${flag.id}`).to.equal('emergency');
        expect(outcome.redFlagsMet.map((f) => f.id)).to.include(flag.id);
        expect(outcome.actions).to.deep.equal([{ action: 'call-112' }]);
        checked++;
      }
    }
    expect(checked).to.equal(CATALOGUE.length * RED_FLAGS.length);
  });

  it('is deterministic and explains every outcome of 2000 random stories with the answers behind it', () => {
    const next = random(7);
    for (let i = 0; i < 2000; i++) {
      const reason = CATALOGUE[Math.floor(next() * CATALOGUE.length)];
      const { response, subject } = randomStory(reason, next);
      const first = assess({ reason, response, subject }, 'sv');
      expect(assess({ reason, response, subject }, 'sv')).to.deep.equal(first);
      expect(first.why.length).to.be.greaterThan(0);
      expect(first.why.every((w) => w.text.length > 0)).to.equal(true);
      // An emergency (112 or the emergency department) always names the warning sign it met, and a met one always means one of them.
      expect(first.urgency === 'emergency' || first.urgency === 'emergency-department').to.equal(first.redFlagsMet.length > 0);
      expect(first.demo).to.equal(true);
    }
  });

  it('lists, for each rule that fired, the answers that made it fire', () => {
    const reason = findReason('urinvagsinfektion')!;
    const response = responseFromAnswers(buildQuestionnaire(reason, 'en'), {
      description: 'Stings and pain in my side', since: 'days-1-3', overall: 5, temperature: 38.7, burning: true, 'flank-pain': true,
    });
    const outcome = assess({ reason, response, subject: { kind: 'self' } }, 'en');
    expect(outcome.urgency).to.equal('urgent');
    expect(outcome.why[0].text).to.match(/kidney infection/);
    expect(outcome.why[0].answers).to.deep.equal([
      { linkId: 'flank-pain', question: 'Do you have pain in your side or back, at the level of the kidneys?', answer: 'Yes' },
      { linkId: 'temperature', question: 'Your highest measured temperature (°C), if you have measured it', answer: '38.7 °C' },
    ]);
    expect(outcome.profession).to.equal('doctor');
    expect(outcome.actions[0]).to.deep.equal({ action: 'chat', profession: 'nurse' });
  });

  it('answers in Swedish or English and offers self-care with the chat always open', () => {
    const reason = findReason('forkylning')!;
    const response = responseFromAnswers(buildQuestionnaire(reason, 'sv'), { description: 'Snuva', since: 'today', overall: 8, cough: true, breathless: 'no' });
    const sv = assess({ reason, response, subject: { kind: 'self' } }, 'sv');
    const en = assess({ reason, response, subject: { kind: 'self' } }, 'en');
    expect(sv.urgency).to.equal('self-care');
    expect(sv.actions.map((a) => a.action)).to.deep.equal(['self-care', 'chat']);
    expect(sv.selfCare[0]).to.equal('Vila och drick mycket.');
    expect(en.selfCare[0]).to.equal('Rest and drink plenty.');
    expect(en.notice).to.match(/not clinically validated/);
  });

  it('treats fever in a child under 3 months as an emergency for any medical reason', () => {
    for (const id of ['forkyld-barn', 'magsjuka-barn', 'utslag-barn', 'amning']) {
      const reason = findReason(id)!;
      const { response } = randomStory(reason, random(1));
      const withFever = { ...response, item: [...(response.item ?? []).filter((i) => i.linkId !== 'temperature'), { linkId: 'temperature', answer: [{ valueDecimal: 38.1 }] }] };
      const outcome = assess({ reason, response: withFever, subject: { kind: 'child', ageMonths: 2 } }, 'sv');
      expect(outcome.urgency, id).to.equal('emergency');
      expect(outcome.redFlagsMet.map((f) => f.id)).to.include('infant-fever');
    }
  });

  it('ignores a "no" on the screen and unknown flag ids, but never a "yes" to a known flag', () => {
    const reason = findReason('boka-om')!;
    const response = responseFromAnswers(buildQuestionnaire(reason, 'sv'), { description: 'Byta tid' });
    const calm = assess({ reason, response, subject: { kind: 'self' }, redFlags: { 'chest-pain': false, 'made-up': true } }, 'sv');
    expect(calm.urgency).to.equal('routine');
    expect(calm.why.at(-1)!.text, 'says the screen was clear').to.equal('Du svarade nej på alla frågor om akuta symtom.');
    expect(calm.actions).to.deep.equal([{ action: 'chat', profession: 'secretary' }]);
    const flagged = assess({ reason, response, subject: { kind: 'self' }, redFlags: { 'infant-fever': true } }, 'sv');
    expect(flagged.urgency, 'a child flag answered for oneself still counts').to.equal('emergency');
  });
});

describe('catalogue rules as data', () => {
  it('refer only to questions and answer codes that exist, and every emergency rule names a red flag', () => {
    for (const reason of CATALOGUE) {
      const questions = new Map(reasonQuestions(reason).map((q) => [q.id, q]));
      const rules = [...(reason.category === 'medical' ? commonRules : []), ...reason.family.rules];
      const walk = (c: import('./model.js').Condition): void => {
        if ('all' in c) return c.all.forEach(walk);
        if ('any' in c) return c.any.forEach(walk);
        if (!('answer' in c)) return;
        const question = questions.get(c.answer);
        expect(question, `${reason.id}: ${c.answer}`).to.not.equal(undefined);
        const codes = 'in' in c ? c.in : 'equals' in c && typeof c.equals === 'string' ? [c.equals] : [];
        for (const code of codes) expect(question!.options?.map((o) => o.code), `${reason.id}: ${c.answer}=${code}`).to.include(code);
      };
      for (const rule of rules) {
        walk(rule.when);
        if (rule.urgency === 'emergency' || rule.urgency === 'emergency-department') expect(rule.redFlag, `${reason.id}: ${rule.why.en}`).to.be.a('string');
      }
    }
  });
});
