import { adultMedicalRows } from './catalogue/adult-medical.js';
import { childRows } from './catalogue/child.js';
import { administrativeRows, lifeRows } from './catalogue/life-and-admin.js';
import { acuteRows, commonRows, moreAdministrativeRows, moreChildRows, pregnancyRows } from './catalogue/more.js';
import type { ReasonRow } from './catalogue/rows.js';
import { administrative, certificate, prescription, testResults, vaccination } from './families/administrative.js';
import { allergy, breathing, headache, heart, musculoskeletal, skinCondition, skinRash, stomach, wound } from './families/body.js';
import { childBreathing, childEarThroat, childFever, childGeneral, childHealthCentre, childRespiratory, childSkin, childStomach, childUrinary } from './families/child.js';
import { ear, eye, respiratory, soreThroat, urinary } from './families/infection.js';
import { breast, chestPain, confusion, neuro, pregnancy } from './families/acute.js';
import { generalMedical, longTermCondition, mentalHealth, sexualHealth, womensHealth } from './families/life.js';
import type { ContactReason, ReasonFamily } from './model.js';
import { text } from './text.js';

/**
 * This catalogue is demo content written to show how Nära works. It is NOT clinically validated
 * and must not be used to triage real patients: a region replaces it through its own backend.
 */
export const DEMO_NOTICE = text(
  'Demoinnehåll: frågorna och bedömningen är inte kliniskt validerade. Vid fara för liv, ring 112.',
  'Demo content: the questions and the assessment are not clinically validated. If life is in danger, call 112.',
);

/** Bumped whenever questions or rules change; becomes the Questionnaire's `version`. */
export const CATALOGUE_VERSION = '0.1.0-demo';

export const FAMILIES: ReasonFamily[] = [
  respiratory, soreThroat, ear, eye, urinary,
  skinRash, skinCondition, wound, allergy, breathing, stomach, musculoskeletal, headache, heart,
  chestPain, neuro, confusion, pregnancy, breast,
  mentalHealth, womensHealth, sexualHealth, longTermCondition, generalMedical,
  childFever, childRespiratory, childStomach, childEarThroat, childSkin, childGeneral, childHealthCentre, childUrinary, childBreathing,
  prescription, certificate, administrative, testResults, vaccination,
];

const familyById = new Map(FAMILIES.map((family) => [family.id, family]));

const splitSynonyms = (list: string) => list.split('|').map((s) => s.trim()).filter(Boolean);

/** Turns the data tables into contact reasons; popularity ranks follow the rows' weights. */
export function buildCatalogue(rows: ReasonRow[]): ContactReason[] {
  const ranked = rows.map((row, index) => ({ row, index })).sort((a, b) => b.row[7] - a.row[7] || a.index - b.index);
  const rankOf = new Map(ranked.map(({ row }, i) => [row[0], i + 1]));
  return rows.map(([id, familyId, sv, en, svSynonyms, enSynonyms, audience, , profession]) => {
    const family = familyById.get(familyId);
    if (!family) throw new Error(`Contact reason ${id} names an unknown family ${familyId}`);
    return {
      id,
      family,
      title: text(sv, en),
      synonyms: { sv: splitSynonyms(svSynonyms), en: splitSynonyms(enSynonyms) },
      category: family.category,
      audience,
      profession: profession ?? family.profession,
      popularity: rankOf.get(id)!,
      questionnaireId: `triage-${id}`,
    };
  });
}

/** Every contact reason of the demo catalogue. */
export const CATALOGUE: ContactReason[] = buildCatalogue([
  ...adultMedicalRows, ...acuteRows, ...lifeRows, ...pregnancyRows, ...commonRows, ...childRows, ...moreChildRows, ...administrativeRows, ...moreAdministrativeRows,
]);

const reasonById = new Map(CATALOGUE.map((reason) => [reason.id, reason]));
const reasonByQuestionnaire = new Map(CATALOGUE.map((reason) => [reason.questionnaireId, reason]));

export const findReason = (id: string): ContactReason | undefined => reasonById.get(id);
export const findReasonByQuestionnaire = (questionnaireId: string): ContactReason | undefined => reasonByQuestionnaire.get(questionnaireId);
