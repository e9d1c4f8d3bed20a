import { expect } from '@open-wc/testing';
import { QuestionnaireError, createForm, defineForm } from './index.js';
import { allTypes, feverChains, medications, phq9, largeQuestionnaire } from './fixtures/index.js';

const q = (item: unknown[], extra: object = {}) => ({ resourceType: 'Questionnaire', status: 'active', item, ...extra });

function errorOf(input: unknown): QuestionnaireError {
  try {
    defineForm(input);
  } catch (error) {
    expect(error).to.be.instanceOf(QuestionnaireError);
    return error as QuestionnaireError;
  }
  throw new Error('expected a QuestionnaireError');
}

describe('defineForm: checking a Questionnaire', () => {
  it('accepts every fixture', () => {
    for (const fixture of [allTypes, feverChains, medications, phq9, largeQuestionnaire()]) expect(() => defineForm(fixture)).not.to.throw();
  });

  it('reads contained ValueSets as options', () => {
    const form = defineForm(phq9);
    expect(form.byLinkId.get('phq-1')!.options.map((o) => o.valueCoding!.code)).to.deep.equal(['0', '1', '2', '3']);
  });

  const bad: [string, unknown, string | undefined, RegExp][] = [
    ['not an object', 'hello', undefined, /not a FHIR Questionnaire/],
    ['another resource', { resourceType: 'Patient' }, undefined, /not a FHIR Questionnaire/],
    ['item not a list', { resourceType: 'Questionnaire', item: {} }, undefined, /item must be a list/],
    ['missing linkId', q([{ type: 'string' }]), undefined, /item\[0\]: the item has no linkId/],
    ['duplicate linkId', q([{ linkId: 'a', type: 'string' }, { linkId: 'a', type: 'boolean' }]), 'a', /more than one item/],
    ['unknown type', q([{ linkId: 'g', type: 'group', item: [{ linkId: 'x', type: 'number' }] }]), 'x', /unknown type "number"/],
    ['reference type', q([{ linkId: 'r', type: 'reference' }]), 'r', /not supported/],
    ['empty group', q([{ linkId: 'g', type: 'group' }]), 'g', /must contain items/],
    ['required display', q([{ linkId: 'd', type: 'display', required: true }]), 'd', /display item/],
    ['choice without options', q([{ linkId: 'c', type: 'choice' }]), 'c', /answerOption or answerValueSet/],
    ['answerOption on string', q([{ linkId: 's', type: 'string', answerOption: [{ valueString: 'a' }] }]), 's', /only choice/],
    ['option with two values', q([{ linkId: 'c', type: 'choice', answerOption: [{ valueString: 'a', valueInteger: 1 }] }]), 'c', /exactly one/],
    ['unknown value set', q([{ linkId: 'c', type: 'choice', answerValueSet: 'http://loinc.org/vs/x' }]), 'c', /not a contained ValueSet/],
    ['maxLength on integer', q([{ linkId: 'i', type: 'integer', maxLength: 3 }]), 'i', /maxLength/],
    ['initial of wrong type', q([{ linkId: 'i', type: 'integer', initial: [{ valueString: '3' }] }]), 'i', /valueInteger/],
    ['two initials, not repeating', q([{ linkId: 's', type: 'string', initial: [{ valueString: 'a' }, { valueString: 'b' }] }]), 's', /more than one initial/],
    ['enableWhen to nowhere', q([{ linkId: 's', type: 'string', enableWhen: [{ question: 'ghost', operator: 'exists', answerBoolean: true }] }]), 's', /"ghost" that does not exist/],
    ['unknown operator', q([{ linkId: 'a', type: 'boolean' }, { linkId: 's', type: 'string', enableWhen: [{ question: 'a', operator: '~', answerBoolean: true }] }]), 's', /unknown operator/],
    ['exists without boolean', q([{ linkId: 'a', type: 'boolean' }, { linkId: 's', type: 'string', enableWhen: [{ question: 'a', operator: 'exists', answerString: 'x' }] }]), 's', /answerBoolean/],
    [
      'a cycle',
      q([
        { linkId: 'a', type: 'boolean', enableWhen: [{ question: 'b', operator: 'exists', answerBoolean: true }] },
        { linkId: 'b', type: 'boolean', enableWhen: [{ question: 'a', operator: 'exists', answerBoolean: true }] },
      ]),
      'a',
      /cycle/,
    ],
    ['minOccurs above maxOccurs', q([{ linkId: 'r', type: 'string', repeats: true, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs', valueInteger: 3 }, { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs', valueInteger: 2 }] }]), 'r', /minOccurs/],
  ];
  for (const [what, input, linkId, message] of bad) {
    it(`rejects ${what}, naming the item`, () => {
      const error = errorOf(input);
      expect(error.linkId).to.equal(linkId);
      expect(error.message).to.match(message);
      if (linkId) expect(error.message).to.contain(`"${linkId}"`);
    });
  }

  it('names the path of a nested bad item', () => {
    const error = errorOf(q([{ linkId: 'g', type: 'group', item: [{ linkId: 'ok', type: 'string' }, { linkId: 'bad', type: 'choice' }] }]));
    expect(error.path).to.equal('item[0].item[1]');
  });

  it('createForm throws the same error', () => {
    expect(() => createForm(q([{ linkId: 'c', type: 'choice' }]))).to.throw(QuestionnaireError, /"c"/);
  });
});
