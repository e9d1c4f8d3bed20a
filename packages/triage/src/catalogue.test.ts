import { expect } from '@open-wc/testing';
import { CATALOGUE, DEMO_NOTICE, findReasonByQuestionnaire } from './catalogue.js';
import { COMMON } from './common-items.js';
import { CHILD_WORDING } from './families/child-wording.js';
import { itemsByLinkId } from './answers.js';
import { TRANSLATION_URL, buildQuestionnaire, reasonQuestions } from './questionnaire.js';

describe('contact-reason catalogue', () => {
  it('has at least 120 reasons, medical and administrative, for adults and children', () => {
    expect(CATALOGUE.length).to.be.at.least(120);
    const count = (f: (r: (typeof CATALOGUE)[number]) => boolean) => CATALOGUE.filter(f).length;
    expect(count((r) => r.category === 'administrative')).to.be.at.least(15);
    expect(count((r) => r.audience === 'child')).to.be.at.least(25);
    expect(count((r) => r.profession === 'secretary')).to.be.at.least(10);
    expect(count((r) => r.profession === 'child-health-nurse')).to.be.at.least(8);
  });

  it('covers the areas patients contact primary care about', () => {
    const families = new Set(CATALOGUE.map((r) => r.family.id));
    for (const family of ['respiratory', 'urinary', 'skin-rash', 'allergy', 'breathing', 'eye', 'ear', 'sore-throat', 'stomach', 'musculoskeletal', 'mental-health', 'child-health-centre', 'prescription', 'certificate', 'test-results', 'administrative']) {
      expect(families.has(family), family).to.equal(true);
    }
    for (const id of ['urinvagsinfektion', 'fornya-recept', 'sjukintyg', 'provsvar', 'boka-om', 'avboka', 'feber-hos-barn', 'astma', 'ont-i-halsen']) {
      expect(CATALOGUE.some((r) => r.id === id), id).to.equal(true);
    }
  });

  it('gives every reason unique ids, titles and synonyms in sv and en, and a unique popularity rank', () => {
    expect(new Set(CATALOGUE.map((r) => r.id)).size).to.equal(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((r) => r.title.sv)).size, 'Swedish titles are unique').to.equal(CATALOGUE.length);
    for (const reason of CATALOGUE) {
      expect(reason.title.sv && reason.title.en, reason.id).to.be.ok;
      expect(reason.synonyms.sv.length, reason.id).to.be.at.least(3);
      expect(reason.synonyms.en.length, reason.id).to.be.at.least(2);
    }
    expect(CATALOGUE.map((r) => r.popularity).sort((a, b) => a - b)).to.deep.equal(CATALOGUE.map((_, i) => i + 1));
  });

  it("asks a guardian about the child, not about themselves", () => {
    const aboutThePatient = /\b(Har du|Är du|Hostar du|Blir du|Kan du|Behöver du|Tror du|Dricker du|Använder du)\b/;
    for (const reason of CATALOGUE.filter((r) => r.audience === 'child')) {
      for (const question of reasonQuestions(reason)) expect(question.text.sv, `${reason.id}: ${question.id}`).to.not.match(aboutThePatient);
    }
  });

  it('asks about the child when a guardian answers a reason for anyone, with the same linkIds', () => {
    const aboutThePatient = /\b(Har du|Är du|Hostar du|Blir du|Kan du|Behöver du|Dricker du|Använder du|Sover du|din|ditt|dina)\b/;
    for (const reason of CATALOGUE.filter((r) => r.audience === 'any' && r.category === 'medical')) {
      const forChild = reasonQuestions(reason, 'child');
      expect(forChild.map((q) => q.id)).to.deep.equal(reasonQuestions(reason, 'self').map((q) => q.id));
      for (const question of forChild) expect(question.text.sv, `${reason.id}: ${question.id}`).to.not.match(aboutThePatient);
    }
    for (const key of Object.keys(CHILD_WORDING)) {
      const [family, linkId] = key.split('/');
      expect(CATALOGUE.some((r) => r.family.id === family && r.family.questions.some((q) => q.id === linkId)), key).to.equal(true);
    }
  });

  it('marks itself as demo content that is not clinically validated', () => {
    expect(DEMO_NOTICE.sv).to.match(/inte kliniskt validerade/);
    expect(DEMO_NOTICE.en).to.match(/not clinically validated/);
  });
});

describe('FHIR questionnaires', () => {
  it('builds one per reason with the common items, unique linkIds and translations', () => {
    for (const reason of CATALOGUE) {
      const q = buildQuestionnaire(reason, 'sv');
      expect(q.resourceType).to.equal('Questionnaire');
      expect(findReasonByQuestionnaire(q.id!)).to.equal(reason);
      const linkIds = (q.item ?? []).map((i) => i.linkId);
      expect(new Set(linkIds).size, reason.id).to.equal(linkIds.length);
      expect(linkIds[0]).to.equal(COMMON.description);
      expect(linkIds.at(-1)).to.equal(COMMON.image);
      if (reason.category === 'medical') expect(linkIds.slice(1, 4)).to.deep.equal([COMMON.since, COMMON.overall, COMMON.temperature]);
      for (const item of itemsByLinkId(q).values()) {
        const translation = item._text?.extension?.find((e) => e.url === TRANSLATION_URL);
        expect(translation?.extension?.find((e) => e.url === 'lang')?.valueCode, item.linkId).to.equal('en');
        expect(translation?.extension?.find((e) => e.url === 'content')?.valueString, item.linkId).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('speaks the asked-for language and says which', () => {
    const reason = CATALOGUE.find((r) => r.id === 'feber-hos-barn')!;
    const en = buildQuestionnaire(reason, 'en');
    expect(en.language).to.equal('en');
    expect(en.title).to.equal('Fever in a child');
    expect(en.item![2].text).to.equal('How is your child overall, from 0 (very poorly) to 10 (very well)?');
    expect(en.item![2].extension?.map((e) => e.url.split('/').pop())).to.include.members(['minValue', 'maxValue', 'questionnaire-itemControl']);
    const since = en.item![1];
    expect(since.type).to.equal('choice');
    expect(since.answerOption![0].valueCoding).to.include({ code: 'today', display: 'Since today' });
    const image = en.item!.at(-1)!;
    expect(image.type).to.equal('attachment');
    expect(image.extension!.filter((e) => e.url.endsWith('mimeType')).map((e) => e.valueCode)).to.deep.equal(['image/jpeg', 'image/png', 'image/gif', 'application/pdf']);
  });
});
