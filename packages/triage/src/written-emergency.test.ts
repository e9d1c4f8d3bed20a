import { expect } from '@open-wc/testing';
import { responseFromAnswers } from './answers.js';
import { findReason } from './catalogue.js';
import { assess } from './engine.js';
import { buildQuestionnaire } from './questionnaire.js';
import { RED_FLAGS } from './red-flags.js';
import { findEmergency } from './search/emergency-phrases.js';

/** Every screen question answered "no", as patients often do, and the story only in the description. */
const screenNo = Object.fromEntries(RED_FLAGS.map((flag) => [flag.id, false]));

function told(reasonId: string, description: string, locale: 'sv' | 'en' = 'sv', extra: Record<string, string | number | boolean> = {}) {
  const reason = findReason(reasonId)!;
  const response = responseFromAnswers(buildQuestionnaire(reason, locale), { description, ...extra });
  return assess({ reason, response, subject: { kind: 'self' }, redFlags: screenNo }, locale);
}

describe('an emergency the patient writes in their own words, with the screen answered "no"', () => {
  const stories: [reason: string, description: string, flag: string, locale?: 'sv' | 'en'][] = [
    ['forkylning', 'Förkyld sedan i måndags men i kväll plötsligt tryck över bröstet och kallsvettig', 'chest-pain'],
    ['fornya-recept', 'Vill förnya Levaxin. Min man säger att munnen hänger och jag pratar sluddrigt', 'stroke'],
    ['somnproblem', 'Sover dåligt och vill inte leva längre', 'suicidal'],
    ['hosta', 'Coughing for a week and now I cant breathe properly', 'breathing', 'en'],
    ['ont-i-magen', 'Stomach ache and black stools, feeling dizzy', 'bleeding', 'en'],
  ];
  for (const [reason, description, flag, locale = 'sv'] of stories) {
    it(`${reason}: "${description}" is 112, and the result says what was written`, () => {
      const expected = findEmergency(description, { negation: true });
      expect(expected, 'the phrase list knows it').to.not.equal(undefined);
      const outcome = told(reason, description, locale);
      expect(outcome.urgency).to.equal('emergency');
      expect(outcome.actions).to.deep.equal([{ action: 'call-112' }]);
      expect(outcome.redFlagsMet.map((f) => f.id)).to.include(expected!.rule.redFlag);
      expect(expected!.rule.redFlag, 'the flag the story is about').to.equal(flag);
      const written = outcome.why.find((w) => w.answers.some((a) => a.linkId === 'description'));
      expect(written?.answers[0].answer).to.equal(description);
      expect(written?.text).to.match(locale === 'sv' ? /^Du skrev något som kan vara ett akut tillstånd/ : /^You wrote something that may be an emergency/);
    });
  }

  it('a negated mention is not an emergency: "ingen bröstsmärta", "no chest pain", "inte svart avföring"', () => {
    for (const [reason, description, locale] of [
      ['forkylning', 'Snuva och hosta, ingen bröstsmärta och inga andningsbesvär', 'sv'],
      ['hosta', 'Dry cough for five days. No chest pain, not short of breath', 'en'],
      ['ont-i-magen', 'Ont i magen men inte svart avföring', 'sv'],
    ] as const) {
      const outcome = told(reason, description, locale);
      expect(outcome.urgency, description).to.not.equal('emergency');
      expect(outcome.redFlagsMet, description).to.deep.equal([]);
    }
  });

  it('the negation stays in its clause: "ingen feber, men tryck över bröstet" is 112', () => {
    expect(told('forkylning', 'Ingen feber, men tryck över bröstet sedan en timme').urgency).to.equal('emergency');
    expect(told('hosta', 'No fever. Crushing chest pain since an hour', 'en').urgency).to.equal('emergency');
  });

  it('a rule whose own words hold a negation still counts ("kan inte andas")', () => {
    expect(told('hosta', 'Hostar och kan inte andas ordentligt').urgency).to.equal('emergency');
  });

  it('the reason’s own questions grade the symptom it is named for: chest pain for weeks, pressing on it, is not 112', () => {
    const outcome = told('brostsmarta', 'Bröstsmärta i flera veckor, gör ont när jag trycker på bröstkorgen');
    expect(outcome.urgency).to.not.equal('emergency');
    expect(outcome.why.some((w) => w.text.startsWith('Du skrev något'))).to.equal(false);
  });

  it('answers that already lead to the emergency department keep that level and its advice', () => {
    const reason = findReason('talsvarigheter')!;
    const response = responseFromAnswers(buildQuestionnaire(reason, 'sv'), { description: 'Sluddrade i fem minuter för tre dagar sedan', 'stroke-signs': 'passed-week' });
    const outcome = assess({ reason, response, subject: { kind: 'self' }, redFlags: screenNo }, 'sv');
    expect(outcome.urgency).to.equal('emergency-department');
  });

  it('a search query is read as before: negation is only for free text', () => {
    expect(findEmergency('ingen bröstsmärta')?.rule.redFlag, 'the search box shows 112 advice for the words').to.equal('chest-pain');
    expect(findEmergency('ingen bröstsmärta', { negation: true })).to.equal(undefined);
  });
});
