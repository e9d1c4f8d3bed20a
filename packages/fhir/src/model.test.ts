import { expect } from '@open-wc/testing';
import { EXT, FormModel, buildResponse, createForm, formatValue, parseText, validateForm } from './index.js';
import { allTypes, feverChains, largeQuestionnaire, medications, phq9 } from './fixtures/index.js';

const shown = (form: FormModel, linkId: string, i = 0) => form.enabled(form.nodesOf(linkId)[i]);
const AUTHORED = '2026-11-25T10:00:00Z';

describe('FormModel: enableWhen', () => {
  it('follows chains across groups with every operator', () => {
    const form = createForm(feverChains);
    expect(shown(form, 'fever-details')).to.equal(false);
    expect(shown(form, 'temperature')).to.equal(false);
    form.setAnswers('symptoms/fever', [{ valueBoolean: true }]);
    expect(shown(form, 'temperature')).to.equal(true);
    expect(shown(form, 'measured-how'), 'exists before an answer').to.equal(false);
    form.setText('fever-details/temperature', '39,2');
    expect(shown(form, 'measured-how'), 'exists').to.equal(true);
    expect(shown(form, 'high-fever'), '>= 39').to.equal(true);
    form.setText('fever-details/temperature', '38.9');
    expect(shown(form, 'high-fever')).to.equal(false);
    form.setText('fever-details/temperature', '39');
    form.setAnswers('high-fever/breathing', [{ valueBoolean: false }]);
    expect(shown(form, 'urgent-note')).to.equal(false);
    form.setAnswers('high-fever/confused', [{ valueBoolean: true }]);
    expect(shown(form, 'urgent-note'), 'any').to.equal(true);
    form.setText('fever-details/days', '4');
    expect(shown(form, 'long-fever-note'), '> 3').to.equal(true);
    expect(shown(form, 'started-today')).to.equal(false);
    form.setText('fever-details/days', '0');
    expect(shown(form, 'started-today'), '< 1, through a group').to.equal(true);
    form.setText('fever-details/since', '2026-11-01');
    expect(shown(form, 'old-start'), '<= date').to.equal(true);
    form.setText('fever-details/since', '2026-11-02');
    expect(shown(form, 'old-start')).to.equal(false);
    form.setAnswers('fever-details/measured-how', [{ valueCoding: { code: 'ear', display: 'I örat' } }]);
    expect(shown(form, 'reliable'), '!= ear').to.equal(false);
    form.setAnswers('fever-details/measured-how', [{ valueCoding: { code: 'mouth', display: 'I munnen' } }]);
    expect(shown(form, 'reliable')).to.equal(true);
  });

  it('turns off what depends on a disabled question (answers of disabled items count as none)', () => {
    const form = createForm(feverChains);
    form.setAnswers('symptoms/fever', [{ valueBoolean: true }]);
    form.setAnswers('symptoms/cough', [{ valueBoolean: true }]);
    form.setText('fever-details/temperature', '40');
    expect(shown(form, 'high-fever')).to.equal(true);
    expect(shown(form, 'cough-and-fever'), 'all').to.equal(true);
    form.setAnswers('symptoms/fever', [{ valueBoolean: false }]);
    expect(shown(form, 'high-fever'), 'temperature is hidden now, so ≥ 39 is false').to.equal(false);
    expect(shown(form, 'cough-and-fever')).to.equal(false);
    form.setAnswers('symptoms/fever', [{ valueBoolean: true }]);
    expect(shown(form, 'high-fever'), 'the kept answer counts again').to.equal(true);
  });

  it('re-evaluates only the conditions an answer feeds', () => {
    const form = createForm(feverChains);
    const toggled: string[][] = [];
    form.subscribe((change) => change.type === 'answer' && toggled.push(change.toggled.map((n) => n.definition.linkId)));
    form.setAnswers('symptoms/cough', [{ valueBoolean: true }]);
    expect(toggled.at(-1)).to.deep.equal([]);
    form.setAnswers('symptoms/fever', [{ valueBoolean: true }]);
    expect(toggled.at(-1)).to.have.members(['fever-details', 'cough-and-fever']);
  });

  it('resolves a condition inside a repeating group to the same instance', () => {
    const form = createForm(medications);
    const first = form.nodesOf('medicine')[0];
    form.addInstance(first);
    expect(form.nodesOf('medicine').map((n) => n.path)).to.deep.equal(['medicine[0]', 'medicine[1]']);
    form.setAnswers('medicine[1]/as-needed', [{ valueBoolean: false }]);
    expect(shown(form, 'times-a-day', 0)).to.equal(false);
    expect(shown(form, 'times-a-day', 1)).to.equal(true);
  });

  it('a question outside a repeating group sees the answers of every instance', () => {
    const form = createForm({
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        { linkId: 'drug', type: 'group', repeats: true, item: [{ linkId: 'dose', type: 'integer' }] },
        { linkId: 'high-dose', type: 'display', text: 'Hög dos', enableWhen: [{ question: 'dose', operator: '>', answerInteger: 100 }] },
        { linkId: 'none', type: 'display', text: 'Ingen dos', enableWhen: [{ question: 'dose', operator: 'exists', answerBoolean: false }] },
      ],
    });
    form.addInstance(form.nodesOf('drug')[0]);
    expect(shown(form, 'none')).to.equal(true);
    form.setText('drug[0]/dose', '50');
    expect(shown(form, 'none')).to.equal(false);
    expect(shown(form, 'high-dose')).to.equal(false);
    form.setText('drug[1]/dose', '500');
    expect(shown(form, 'high-dose')).to.equal(true);
    form.removeInstance(form.nodesOf('drug')[1]);
    expect(shown(form, 'high-dose'), 'the instance that matched is gone').to.equal(false);
  });

  it('a PHQ-9 asks about difficulty once any problem is checked, and shows the 112 note for question 9', () => {
    const form = createForm(phq9);
    const code = (c: string) => [{ valueCoding: { system: 'urn:nara:phq-scale', code: c } }];
    expect(shown(form, 'difficulty')).to.equal(false);
    expect(shown(form, 'safety')).to.equal(false);
    form.setAnswers('phq-4', code('0'));
    expect(shown(form, 'difficulty')).to.equal(false);
    form.setAnswers('phq-4', code('2'));
    expect(shown(form, 'difficulty')).to.equal(true);
    form.setAnswers('phq-9', code('0'));
    expect(shown(form, 'safety')).to.equal(false);
    form.setAnswers('phq-9', code('1'));
    expect(shown(form, 'safety')).to.equal(true);
  });
});

describe('FormModel: answers, repeats and validation', () => {
  it('keeps what was typed when it is not a valid value, and reports it', () => {
    const form = createForm(allTypes);
    form.setText('about/age', '4o');
    expect(form.textAt('about/age')).to.equal('4o');
    expect(form.answersAt('about/age')).to.deep.equal([]);
    expect(validateForm(form).find((i) => i.linkId === 'age')?.code).to.equal('type');
    form.setText('about/age', '40');
    expect(form.answersAt('about/age')).to.deep.equal([{ valueInteger: 40 }]);
  });

  it('checks required, maxLength, minValue/maxValue and types', () => {
    const form = createForm(allTypes);
    const codes = () => Object.fromEntries(validateForm(form).map((i) => [i.linkId, [i.code, i.limit]]));
    expect(codes()).to.deep.equal({ name: ['required', undefined] });
    form.setText('about/name', 'x'.repeat(41));
    form.setText('about/age', '121');
    form.setText('about/temp', '43,5');
    form.setText('about/start', '2026-02-30');
    form.setText('about/site', 'javascript:alert(1)');
    expect(codes()).to.deep.equal({
      name: ['maxLength', 40],
      age: ['maxValue', 120],
      temp: ['maxValue', 43],
      start: ['type', undefined],
      site: ['type', undefined],
    });
  });

  it('does not ask for answers to hidden or read-only items the person cannot change', () => {
    const form = createForm({
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        { linkId: 'h', type: 'string', required: true, extension: [{ url: EXT.hidden, valueBoolean: true }] },
        { linkId: 'r', type: 'string', required: true, readOnly: true },
        { linkId: 'q', type: 'string', required: true },
      ],
    });
    expect(validateForm(form).map((i) => i.linkId)).to.deep.equal(['q']);
  });

  it('counts repeating answers and group instances against minOccurs/maxOccurs', () => {
    const form = createForm(medications);
    for (let i = 0; i < 4; i++) form.setText('allergy', ['pollen', 'nuts', 'cats', 'dust'][i], i);
    expect(validateForm(form).map((i) => [i.linkId, i.code])).to.deep.include(['allergy', 'maxOccurs']);
    form.removeRow('allergy', 3);
    for (let i = 0; i < 4; i++) form.addInstance(form.nodesOf('medicine')[0]);
    expect(validateForm(form).map((i) => [i.linkId, i.code])).to.deep.include(['medicine', 'maxOccurs']);
  });

  it('removes a group instance with its answers and moves the later ones up', () => {
    const form = createForm(medications);
    form.addInstance(form.nodesOf('medicine')[0]);
    form.addInstance(form.nodesOf('medicine')[0]);
    ['Alvedon', 'Ipren', 'Waran'].forEach((name, i) => form.setText(`medicine[${i}]/medicine-name`, name));
    form.removeInstance(form.nodesOf('medicine')[1]);
    expect(form.nodesOf('medicine-name').map((n) => form.answersAt(n.path))).to.deep.equal([[{ valueString: 'Alvedon' }], [{ valueString: 'Waran' }]]);
  });

  it('sets initial values, initialSelected options, hidden and readOnly items', () => {
    const form = createForm(allTypes);
    expect(form.answersAt('fixed/clinic')).to.deep.equal([{ valueString: 'Vårdcentralen Nära' }]);
    expect(form.answersAt('fixed/form-version')).to.deep.equal([{ valueString: 'v2' }]);
    expect(form.answersAt('choices/contact')).to.deep.equal([{ valueString: 'Telefon' }]);
    expect(form.definition.byLinkId.get('form-version')!.hidden).to.equal(true);
  });
});

describe('buildResponse', () => {
  it('is an R4 QuestionnaireResponse with nested groups, right value[x] and no disabled answers', () => {
    const form = createForm(feverChains);
    form.setAnswers('symptoms/fever', [{ valueBoolean: true }]);
    form.setText('fever-details/temperature', '39,5');
    form.setAnswers('high-fever/breathing', [{ valueBoolean: false }]);
    form.setAnswers('high-fever/confused', [{ valueBoolean: false }]);
    form.setText('fever-details/temperature', '38');
    expect(buildResponse(form, { authored: AUTHORED })).to.deep.equal({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://nara.dev/fhir/Questionnaire/fever-chains',
      status: 'completed',
      authored: AUTHORED,
      item: [
        { linkId: 'symptoms', text: 'Dina besvär', item: [{ linkId: 'fever', text: 'Har du feber?', answer: [{ valueBoolean: true }] }] },
        { linkId: 'fever-details', text: 'Om febern', item: [{ linkId: 'temperature', text: 'Hur hög är febern (°C)?', answer: [{ valueDecimal: 38 }] }] },
      ],
    });
  });

  it('nests a question’s child items under its answer and copies text in the asked language', () => {
    const form = createForm({
      resourceType: 'Questionnaire',
      status: 'active',
      url: 'https://x/q',
      version: '3',
      item: [{ linkId: 'pain', type: 'boolean', text: 'Ont?', _text: { extension: [{ url: EXT.translation, extension: [{ url: 'lang', valueCode: 'en' }, { url: 'content', valueString: 'Pain?' }] }] }, item: [{ linkId: 'where', type: 'string', text: 'Var?' }] }],
    });
    form.setAnswers('pain', [{ valueBoolean: true }]);
    form.setText('pain/where', 'Knät');
    expect(buildResponse(form, { authored: AUTHORED, status: 'in-progress', locale: 'en' })).to.deep.equal({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://x/q|3',
      status: 'in-progress',
      authored: AUTHORED,
      item: [{ linkId: 'pain', text: 'Pain?', answer: [{ valueBoolean: true, item: [{ linkId: 'where', text: 'Var?', answer: [{ valueString: 'Knät' }] }] }] }],
    });
  });

  it('round-trips through load (prefill), repeating groups included', () => {
    const form = createForm(medications);
    form.addInstance(form.nodesOf('medicine')[0]);
    form.setText('medicine[0]/medicine-name', 'Alvedon');
    form.setAnswers('medicine[0]/as-needed', [{ valueBoolean: true }]);
    form.setText('medicine[1]/medicine-name', 'Levaxin');
    form.setAnswers('medicine[1]/as-needed', [{ valueBoolean: false }]);
    form.setText('medicine[1]/times-a-day', '1');
    form.setText('allergy', 'Pollen', 0);
    form.setText('allergy', 'Nötter', 1);
    const response = buildResponse(form, { authored: AUTHORED });
    const again = createForm(medications);
    again.load(response);
    expect(buildResponse(again, { authored: AUTHORED })).to.deep.equal(response);
    expect(response.item!.filter((i) => i.linkId === 'medicine')).to.have.length(2);
    expect(response.item!.find((i) => i.linkId === 'allergy')!.answer).to.deep.equal([{ valueString: 'Pollen' }, { valueString: 'Nötter' }]);
  });

  it('load ignores malformed parts of a response instead of throwing', () => {
    const form = createForm(medications);
    form.load({ resourceType: 'QuestionnaireResponse', status: 'in-progress', item: [null, { linkId: 'allergy', answer: 'x' }, { linkId: 'medicine', item: {} }] } as never);
    form.load({} as never);
    expect(buildResponse(form, { authored: AUTHORED }).item).to.equal(undefined);
  });

  it('writes a dateTime in Stockholm time with its offset', () => {
    const form = createForm(allTypes);
    form.setText('about/last-meal', '2026-07-01 12:30');
    expect(form.answersAt('about/last-meal')).to.deep.equal([{ valueDateTime: '2026-07-01T12:30:00+02:00' }]);
    form.setText('about/last-meal', '2026-12-01 08:05');
    expect(form.answersAt('about/last-meal')).to.deep.equal([{ valueDateTime: '2026-12-01T08:05:00+01:00' }]);
    const again = createForm(allTypes);
    again.load(buildResponse(form, { authored: AUTHORED }));
    expect(formatValue(again.answersAt('about/last-meal')[0]), 'shown back in Stockholm time').to.equal('2026-12-01 08:05');
    form.setText('about/wake', '7.15');
    expect(form.answersAt('about/wake')).to.deep.equal([{ valueTime: '07:15:00' }]);
  });

  it('takes date, time and url text with the full parser (createForm); a model given none takes numbers and text only', () => {
    const basic = new FormModel(allTypes);
    basic.setText('about/start', '2026-03-14');
    basic.setText('about/age', '42');
    expect(basic.answersAt('about/start'), 'no date parsing: kept as text, not valid').to.deep.equal([]);
    expect(basic.invalidText('about/start')).to.equal(true);
    expect(basic.answersAt('about/age')).to.deep.equal([{ valueInteger: 42 }]);
    const full = new FormModel(allTypes, parseText);
    full.setText('about/start', '2026-03-14');
    expect(full.answersAt('about/start')).to.deep.equal([{ valueDate: '2026-03-14' }]);
    full.setText('about/start', '2026-02-30');
    expect(full.invalidText('about/start'), 'no 30 February').to.equal(true);
  });
});

describe('performance', () => {
  it('answers one gate of a 202-item form quickly, touching only its dependents', () => {
    const t0 = performance.now();
    const form = createForm(largeQuestionnaire());
    const created = performance.now() - t0;
    let toggled = 0;
    form.subscribe((c) => c.type === 'answer' && (toggled = c.toggled.length));
    const t1 = performance.now();
    form.setAnswers('s7/s7-gate', [{ valueBoolean: true }]);
    const answered = performance.now() - t1;
    expect(toggled).to.equal(8);
    expect(created).to.be.below(50);
    expect(answered).to.be.below(5);
  });
});
