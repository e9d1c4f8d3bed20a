import type { Locale } from '@nara/contract';
import { ratingScales, scaleQuestionnaire, type RatingScale } from './rating-scales.js';
import { text, type Text } from './text.js';

/** A form staff can send in a chat: a FHIR R4 Questionnaire, with its text in sv and en. */
export interface StaffFormSeed {
  id: string;
  title: Text;
  /** A rating scale: scored on the server when the patient answers. */
  scale?: RatingScale;
  questionnaire(locale: Locale): Record<string, unknown> & { resourceType: 'Questionnaire'; status: 'active' };
}

const pain = text('Smärtskattning', 'Pain rating');
const followUp = text('Uppföljning', 'Follow-up');

export const staffForms: StaffFormSeed[] = [
  ...ratingScales.map((scale) => ({ id: scale.id, title: scale.title, scale, questionnaire: (locale: Locale) => scaleQuestionnaire(scale, locale) })),
  {
    id: 'pain-scale',
    title: pain,
    questionnaire: (locale) => ({
      resourceType: 'Questionnaire',
      id: 'pain-scale',
      status: 'active',
      title: pain[locale],
      item: [
        {
          linkId: 'pain',
          type: 'integer',
          required: true,
          text: text('Hur ont har du just nu, från 0 (inte alls) till 10 (värsta tänkbara)?', 'How much pain do you have right now, from 0 (none) to 10 (worst imaginable)?')[locale],
          extension: [
            { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
            { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 10 },
          ],
        },
      ],
    }),
  },
  {
    id: 'follow-up',
    title: followUp,
    questionnaire: (locale) => ({
      resourceType: 'Questionnaire',
      id: 'follow-up',
      status: 'active',
      title: followUp[locale],
      item: [
        {
          linkId: 'better',
          type: 'choice',
          required: true,
          text: text('Hur mår du jämfört med när du sökte?', 'How do you feel compared with when you contacted us?')[locale],
          answerOption: [
            { valueCoding: { code: 'better', display: text('Bättre', 'Better')[locale] } },
            { valueCoding: { code: 'same', display: text('Som förut', 'The same')[locale] } },
            { valueCoding: { code: 'worse', display: text('Sämre', 'Worse')[locale] } },
          ],
        },
        { linkId: 'more', type: 'text', text: text('Något mer du vill berätta?', 'Anything else you want to tell us?')[locale] },
      ],
    }),
  },
];
