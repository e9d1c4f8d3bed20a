import { expect } from '@open-wc/testing';
import { canonicalOf, type QuestionnaireResponse } from '@nara/fhir';
import { responseFromAnswers } from './answers.js';
import { findReason } from './catalogue.js';
import { buildQuestionnaire } from './questionnaire.js';
import { checkResponse } from './response-check.js';

const reason = findReason('forkylning')!;
const questionnaire = buildQuestionnaire(reason, 'sv');
const valid = () => responseFromAnswers(questionnaire, { description: 'Snuva', since: 'days-1-3', overall: 7, breathless: 'no' });
const withItem = (linkId: string, answer: object[]): QuestionnaireResponse => ({ ...valid(), item: [...valid().item!.filter((i) => i.linkId !== linkId), { linkId, answer }] });

describe('checking a response against its questionnaire', () => {
  it('accepts a complete response', () => {
    expect(checkResponse(questionnaire, valid())).to.deep.equal([]);
  });

  it('names unanswered required questions, blank text included', () => {
    const response = { ...valid(), item: valid().item!.filter((i) => i.linkId !== 'overall') };
    expect(checkResponse(questionnaire, response, 'en')).to.deep.equal([{ path: 'overall', message: 'The question must be answered.' }]);
    expect(checkResponse(questionnaire, withItem('description', [{ valueString: '   ' }]), 'sv')).to.deep.equal([{ path: 'description', message: 'Frågan måste besvaras.' }]);
  });

  it('rejects unknown linkIds, wrong types, unknown options, out-of-range numbers and repeats', () => {
    const cases: [QuestionnaireResponse, string][] = [
      [withItem('made-up', [{ valueBoolean: true }]), 'made-up'],
      [withItem('cough', [{ valueString: 'ja' }]), 'cough'],
      [withItem('since', [{ valueCoding: { code: 'yesterday' } }]), 'since'],
      [withItem('overall', [{ valueInteger: 11 }]), 'overall'],
      [withItem('overall', [{ valueInteger: 5.5 }]), 'overall'],
      [withItem('temperature', [{ valueDecimal: 52 }]), 'temperature'],
      [withItem('cough', [{ valueBoolean: true }, { valueBoolean: false }]), 'cough'],
      [withItem('cough', [{ valueBoolean: true, valueString: 'ja' }]), 'cough'],
      [withItem('description', [{ valueString: 'x'.repeat(2001) }]), 'description'],
    ];
    for (const [response, path] of cases) {
      const issues = checkResponse(questionnaire, response, 'en');
      expect(issues.map((i) => i.path), JSON.stringify(response.item!.at(-1))).to.deep.equal([path]);
    }
  });

  it('rejects a response to another questionnaire', () => {
    const issues = checkResponse(questionnaire, { ...valid(), questionnaire: 'https://nara.dev/fhir/Questionnaire/triage-hosta' }, 'en');
    expect(issues[0]).to.deep.equal({ path: '(root)', message: 'The response belongs to another questionnaire (https://nara.dev/fhir/Questionnaire/triage-hosta).' });
  });

  it('accepts a versioned canonical (url|version) of this version, as nara-questionnaire writes it, and no other version', () => {
    expect(checkResponse(questionnaire, { ...valid(), questionnaire: `${questionnaire.url}|${questionnaire.version}` }, 'en')).to.deep.equal([]);
    const other = checkResponse(questionnaire, { ...valid(), questionnaire: `${questionnaire.url}|0.0.0-old` }, 'en');
    expect(other.map((i) => i.path)).to.deep.equal(['(root)']);
  });

  it('accepts a form without a url referred to as Questionnaire/id (as nara-questionnaire writes it), and no other id', () => {
    const { url: _url, version: _version, ...byId } = questionnaire;
    const response = { ...valid(), questionnaire: canonicalOf(byId) };
    expect(response.questionnaire).to.equal(`Questionnaire/${questionnaire.id}`);
    expect(checkResponse(byId, response, 'en')).to.deep.equal([]);
    expect(checkResponse(byId, { ...valid(), questionnaire: byId.id }, 'en')).to.deep.equal([]);
    expect(checkResponse(byId, { ...valid(), questionnaire: 'Questionnaire/phq-9' }, 'en').map((i) => i.path)).to.deep.equal(['(root)']);
  });

  it('refuses plain answers for questions the questionnaire does not have', () => {
    expect(() => responseFromAnswers(questionnaire, { nope: true })).to.throw(/no item nope/);
  });
});
