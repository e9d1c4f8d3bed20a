import { expect } from '@open-wc/testing';
import { responseFromAnswers, type PlainAnswer } from './answers.js';
import { findReason } from './catalogue.js';
import { assess } from './engine.js';
import type { Subject } from './model.js';
import { buildQuestionnaire, reasonQuestions } from './questionnaire.js';
import { RED_FLAGS } from './red-flags.js';
import { checkResponse } from './response-check.js';
import { REASSURING, VIGNETTES, type VignetteRow } from './vignettes.js';

/** The full, valid response a vignette stands for: its answers plus reassuring defaults for required items. */
function run([story, reasonId, who, answers, redFlags]: VignetteRow, locale: 'sv' | 'en' = 'sv') {
  const reason = findReason(reasonId);
  if (!reason) throw new Error(`Vignette "${story}" names an unknown reason ${reasonId}`);
  const questionnaire = buildQuestionnaire(reason, 'sv', who === 'self' ? 'self' : 'child');
  const full: Record<string, PlainAnswer> = { description: story };
  if (reason.category === 'medical') Object.assign(full, { since: 'days-1-3', overall: 6 });
  for (const question of reasonQuestions(reason)) {
    if (question.required && !(question.id in full)) full[question.id] = REASSURING[question.id] ?? false;
  }
  Object.assign(full, answers);
  const response = responseFromAnswers(questionnaire, full);
  const subject: Subject = who === 'self' ? { kind: 'self' } : { kind: 'child', ageMonths: who };
  const flags = Object.fromEntries(RED_FLAGS.map((flag) => [flag.id, redFlags.includes(flag.id)]));
  return { questionnaire, response, outcome: assess({ reason, response, subject, redFlags: flags }, locale) };
}

describe('vignettes: patient stories give the expected urgency and profession', () => {
  it(`has at least 60 stories, ${VIGNETTES.length} in all, covering every urgency`, () => {
    expect(VIGNETTES.length).to.be.at.least(60);
    expect(new Set(VIGNETTES.map((row) => row[5]))).to.have.keys('emergency', 'urgent', 'soon', 'routine', 'self-care');
  });

  it('includes every red flag of the emergency screen', () => {
    const screened = new Set(VIGNETTES.flatMap((row) => row[4]));
    for (const flag of RED_FLAGS) expect(screened.has(flag.id), flag.id).to.equal(true);
  });

  for (const row of VIGNETTES) {
    const [story, reasonId, , , , urgency, profession] = row;
    it(`${story} (${reasonId}) → ${urgency}, ${profession}`, () => {
      const { questionnaire, response, outcome } = run(row);
      expect(checkResponse(questionnaire, response), 'the story is a valid response').to.deep.equal([]);
      expect(outcome.urgency).to.equal(urgency);
      expect(outcome.profession).to.equal(profession);
      expect(outcome.why.length, 'explained').to.be.greaterThan(0);
      const english = run(row, 'en').outcome;
      expect([english.urgency, english.profession, english.actions], 'the same in English').to.deep.equal([urgency, profession, outcome.actions]);
      if (urgency === 'emergency') {
        expect(outcome.redFlagsMet.length, 'names the red flags met').to.be.greaterThan(0);
        expect(outcome.actions).to.deep.equal([{ action: 'call-112' }]);
      } else {
        expect(outcome.redFlagsMet).to.deep.equal([]);
        expect(outcome.actions.some((a) => a.action === 'call-112')).to.equal(false);
      }
    });
  }

  it('no emergency story ever comes out as anything but emergency', () => {
    const missed = VIGNETTES.filter((row) => row[5] === 'emergency' && run(row).outcome.urgency !== 'emergency').map((row) => row[0]);
    expect(missed).to.deep.equal([]);
  });
});
