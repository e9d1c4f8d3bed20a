import type { Locale } from '@nara/contract';
import { text, type Text } from './text.js';

/*
 * Rating scales staff send in the chat: PHQ-9 (depression), GAD-7 (anxiety), AUDIT (alcohol) and
 * EPDS (depression after childbirth), as FHIR R4 Questionnaires whose answer options carry their
 * score in the `ordinalValue` extension. The server scores an answer from the codes the patient
 * chose, never from what the client says the score is.
 *
 * The Swedish wording follows the published Swedish versions as closely as we could; a region checks
 * it against the validated translation it licenses before clinical use. Bands are the instruments'
 * published cut-offs (EPDS: the Swedish child-health cut-off of 12).
 */

export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

export interface ScoreBandSeed {
  code: string;
  label: Text;
  min: number;
  max: number;
}

export interface RatingScale {
  id: string;
  title: Text;
  intro: Text;
  items: { text: Text; options?: [Text, number][] }[];
  /** Options shared by every item without its own. */
  options?: [Text, number][];
  bands: ScoreBandSeed[];
  /** An item whose answer needs attention whatever the total: at or above `atLeast`. */
  alerts: { item: number; atLeast: number; message: Text }[];
}

const twoWeeks: [Text, number][] = [
  [text('Inte alls', 'Not at all'), 0],
  [text('Flera dagar', 'Several days'), 1],
  [text('Mer än hälften av dagarna', 'More than half the days'), 2],
  [text('Nästan varje dag', 'Nearly every day'), 3],
];

const selfHarm = text(
  'Patienten har svarat att hen haft tankar på att skada sig själv. Bedöm suicidrisk i dag.',
  'The patient answered that they have had thoughts of harming themselves. Assess suicide risk today.',
);

const PHQ9: RatingScale = {
  id: 'phq-9',
  title: text('PHQ-9 – nedstämdhet', 'PHQ-9 – depression'),
  intro: text('Under de senaste två veckorna, hur ofta har du besvärats av något av följande?', 'Over the last two weeks, how often have you been bothered by any of the following problems?'),
  options: twoWeeks,
  items: [
    { text: text('Lite intresse eller glädje i att göra saker', 'Little interest or pleasure in doing things') },
    { text: text('Känt dig nedstämd, deprimerad eller känt att framtiden ser hopplös ut', 'Feeling down, depressed, or hopeless') },
    { text: text('Svårt att somna eller få en sammanhängande sömn, eller sovit för mycket', 'Trouble falling or staying asleep, or sleeping too much') },
    { text: text('Känt dig trött eller haft lite energi', 'Feeling tired or having little energy') },
    { text: text('Dålig aptit eller ätit för mycket', 'Poor appetite or overeating') },
    { text: text('Dålig självkänsla – eller känt att du är ett misslyckande eller att du svikit dig själv eller din familj', 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down') },
    { text: text('Svårt att koncentrera dig, till exempel när du läser eller tittar på tv', 'Trouble concentrating on things, such as reading or watching television') },
    { text: text('Rört dig eller pratat så långsamt att andra märkt det, eller tvärtom varit så rastlös att du rört dig mycket mer än vanligt', 'Moving or speaking so slowly that other people could have noticed, or the opposite — being so fidgety or restless that you have been moving around a lot more than usual') },
    { text: text('Tankar på att det vore bättre om du vore död eller att skada dig själv på något sätt', 'Thoughts that you would be better off dead, or of hurting yourself in some way') },
  ],
  bands: [
    { code: 'minimal', label: text('Minimala symtom', 'Minimal'), min: 0, max: 4 },
    { code: 'mild', label: text('Lindrig depression', 'Mild depression'), min: 5, max: 9 },
    { code: 'moderate', label: text('Måttlig depression', 'Moderate depression'), min: 10, max: 14 },
    { code: 'moderately-severe', label: text('Medelsvår depression', 'Moderately severe depression'), min: 15, max: 19 },
    { code: 'severe', label: text('Svår depression', 'Severe depression'), min: 20, max: 27 },
  ],
  alerts: [{ item: 9, atLeast: 1, message: selfHarm }],
};

const GAD7: RatingScale = {
  id: 'gad-7',
  title: text('GAD-7 – oro och ångest', 'GAD-7 – anxiety'),
  intro: text('Under de senaste två veckorna, hur ofta har du besvärats av något av följande?', 'Over the last two weeks, how often have you been bothered by the following problems?'),
  options: twoWeeks,
  items: [
    { text: text('Känt dig nervös, ängslig eller väldigt stressad', 'Feeling nervous, anxious, or on edge') },
    { text: text('Inte kunnat sluta oroa dig eller kontrollera din oro', 'Not being able to stop or control worrying') },
    { text: text('Oroat dig för mycket för olika saker', 'Worrying too much about different things') },
    { text: text('Haft svårt att koppla av', 'Trouble relaxing') },
    { text: text('Varit så rastlös att du haft svårt att sitta still', 'Being so restless that it is hard to sit still') },
    { text: text('Blivit lätt irriterad eller retlig', 'Becoming easily annoyed or irritable') },
    { text: text('Känt dig rädd, som om något hemskt skulle hända', 'Feeling afraid, as if something awful might happen') },
  ],
  bands: [
    { code: 'minimal', label: text('Minimal ångest', 'Minimal anxiety'), min: 0, max: 4 },
    { code: 'mild', label: text('Lindrig ångest', 'Mild anxiety'), min: 5, max: 9 },
    { code: 'moderate', label: text('Måttlig ångest', 'Moderate anxiety'), min: 10, max: 14 },
    { code: 'severe', label: text('Svår ångest', 'Severe anxiety'), min: 15, max: 21 },
  ],
  alerts: [],
};

const often = (sv: string[], en: string[]): [Text, number][] => sv.map((s, i) => [text(s, en[i]), i]);
const frequency = often(
  ['Aldrig', 'Mer sällan än en gång i månaden', 'Varje månad', 'Varje vecka', 'Dagligen eller nästan dagligen'],
  ['Never', 'Less than monthly', 'Monthly', 'Weekly', 'Daily or almost daily'],
);
const harm: [Text, number][] = [
  [text('Nej', 'No'), 0],
  [text('Ja, men inte under det senaste året', 'Yes, but not in the last year'), 2],
  [text('Ja, under det senaste året', 'Yes, during the last year'), 4],
];

const AUDIT: RatingScale = {
  id: 'audit',
  title: text('AUDIT – alkoholvanor', 'AUDIT – alcohol use'),
  intro: text('Frågorna gäller dina alkoholvanor. Ett standardglas är till exempel 33 cl starköl, 12–15 cl vin eller 4 cl sprit.', 'The questions are about your drinking. A standard drink is, for example, 33 cl of strong beer, 12–15 cl of wine or 4 cl of spirits.'),
  items: [
    {
      text: text('Hur ofta dricker du alkohol?', 'How often do you have a drink containing alcohol?'),
      options: often(['Aldrig', 'En gång i månaden eller mer sällan', '2–4 gånger i månaden', '2–3 gånger i veckan', '4 gånger i veckan eller mer'], ['Never', 'Monthly or less', '2 to 4 times a month', '2 to 3 times a week', '4 or more times a week']),
    },
    {
      text: text('Hur många standardglas dricker du en typisk dag då du dricker alkohol?', 'How many standard drinks do you have on a typical day when you are drinking?'),
      options: often(['1–2', '3–4', '5–6', '7–9', '10 eller fler'], ['1 or 2', '3 or 4', '5 or 6', '7 to 9', '10 or more']),
    },
    { text: text('Hur ofta dricker du sex standardglas eller mer vid samma tillfälle?', 'How often do you have six or more drinks on one occasion?'), options: frequency },
    { text: text('Hur ofta under det senaste året har du inte kunnat sluta dricka sedan du börjat?', 'How often during the last year have you found that you were not able to stop drinking once you had started?'), options: frequency },
    { text: text('Hur ofta under det senaste året har du låtit bli att göra något du borde ha gjort för att du drack?', 'How often during the last year have you failed to do what was normally expected of you because of drinking?'), options: frequency },
    { text: text('Hur ofta under det senaste året har du behövt en drink på morgonen för att komma igång efter ett kraftigt drickande?', 'How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?'), options: frequency },
    { text: text('Hur ofta under det senaste året har du haft skuldkänslor eller samvetsförebråelser på grund av ditt drickande?', 'How often during the last year have you had a feeling of guilt or remorse after drinking?'), options: frequency },
    { text: text('Hur ofta under det senaste året har du inte kommit ihåg vad som hände kvällen innan på grund av ditt drickande?', 'How often during the last year have you been unable to remember what happened the night before because you had been drinking?'), options: frequency },
    { text: text('Har du eller någon annan blivit skadad på grund av ditt drickande?', 'Have you or someone else been injured as a result of your drinking?'), options: harm },
    { text: text('Har en släkting, vän, läkare eller annan vårdpersonal oroat sig för ditt drickande eller föreslagit att du borde minska?', 'Has a relative, friend, doctor or other health worker been concerned about your drinking or suggested you cut down?'), options: harm },
  ],
  bands: [
    { code: 'low-risk', label: text('Låg risk', 'Low risk'), min: 0, max: 7 },
    { code: 'hazardous', label: text('Riskbruk', 'Hazardous drinking'), min: 8, max: 15 },
    { code: 'harmful', label: text('Skadligt bruk', 'Harmful drinking'), min: 16, max: 19 },
    { code: 'dependence', label: text('Möjligt beroende', 'Possible dependence'), min: 20, max: 40 },
  ],
  alerts: [],
};

const EPDS: RatingScale = {
  id: 'epds',
  title: text('EPDS – mående efter förlossning', 'EPDS – mood after childbirth'),
  intro: text('Välj det svar som bäst stämmer med hur du har känt dig under de senaste sju dagarna, inte bara hur du mår i dag.', 'Choose the answer that comes closest to how you have felt in the past seven days, not just how you feel today.'),
  items: [
    { text: text('Jag har kunnat skratta och se det roliga i saker och ting', 'I have been able to laugh and see the funny side of things'), options: often(['Lika mycket som jag alltid kunnat', 'Inte riktigt lika mycket nu', 'Helt klart inte så mycket nu', 'Inte alls'], ['As much as I always could', 'Not quite so much now', 'Definitely not so much now', 'Not at all']) },
    { text: text('Jag har sett fram emot saker med glädje', 'I have looked forward with enjoyment to things'), options: often(['Lika mycket som jag alltid gjort', 'Något mindre än jag brukar', 'Klart mindre än jag brukar', 'Knappast alls'], ['As much as I ever did', 'Rather less than I used to', 'Definitely less than I used to', 'Hardly at all']) },
    { text: text('Jag har lagt skulden på mig själv i onödan när något gått fel', 'I have blamed myself unnecessarily when things went wrong'), options: reversed(['Ja, för det mesta', 'Ja, ibland', 'Inte särskilt ofta', 'Nej, aldrig'], ['Yes, most of the time', 'Yes, some of the time', 'Not very often', 'No, never']) },
    { text: text('Jag har känt mig nervös och orolig utan egentlig anledning', 'I have been anxious or worried for no good reason'), options: often(['Nej, inte alls', 'Nästan aldrig', 'Ja, ibland', 'Ja, väldigt ofta'], ['No, not at all', 'Hardly ever', 'Yes, sometimes', 'Yes, very often']) },
    { text: text('Jag har känt mig rädd och panikslagen utan särskild anledning', 'I have felt scared or panicky for no very good reason'), options: reversed(['Ja, ganska mycket', 'Ja, ibland', 'Nej, inte särskilt ofta', 'Nej, inte alls'], ['Yes, quite a lot', 'Yes, sometimes', 'No, not much', 'No, not at all']) },
    { text: text('Det har känts som om allt hänt över huvudet på mig', 'Things have been getting on top of me'), options: reversed(['Ja, för det mesta har jag inte kunnat hantera situationen alls', 'Ja, ibland har jag inte kunnat hantera situationen lika bra som vanligt', 'Nej, för det mesta har jag hanterat situationen ganska bra', 'Nej, jag har hanterat situationen lika bra som vanligt'], ["Yes, most of the time I haven't been able to cope at all", "Yes, sometimes I haven't been coping as well as usual", 'No, most of the time I have coped quite well', 'No, I have been coping as well as ever']) },
    { text: text('Jag har känt mig så olycklig att jag haft svårt att sova', 'I have been so unhappy that I have had difficulty sleeping'), options: reversed(['Ja, för det mesta', 'Ja, ibland', 'Inte särskilt ofta', 'Nej, inte alls'], ['Yes, most of the time', 'Yes, sometimes', 'Not very often', 'No, not at all']) },
    { text: text('Jag har känt mig ledsen och olycklig', 'I have felt sad or miserable'), options: reversed(['Ja, för det mesta', 'Ja, ganska ofta', 'Inte särskilt ofta', 'Nej, inte alls'], ['Yes, most of the time', 'Yes, quite often', 'Not very often', 'No, not at all']) },
    { text: text('Jag har känt mig så olycklig att jag har gråtit', 'I have been so unhappy that I have been crying'), options: reversed(['Ja, för det mesta', 'Ja, ganska ofta', 'Bara någon gång', 'Nej, aldrig'], ['Yes, most of the time', 'Yes, quite often', 'Only occasionally', 'No, never']) },
    { text: text('Tanken på att skada mig själv har slagit mig', 'The thought of harming myself has occurred to me'), options: reversed(['Ja, ganska ofta', 'Ibland', 'Nästan aldrig', 'Aldrig'], ['Yes, quite often', 'Sometimes', 'Hardly ever', 'Never']) },
  ],
  bands: [
    { code: 'below-cut-off', label: text('Under gränsvärdet', 'Below the cut-off'), min: 0, max: 11 },
    { code: 'possible-depression', label: text('Möjlig depression – följ upp', 'Possible depression – follow up'), min: 12, max: 30 },
  ],
  alerts: [{ item: 10, atLeast: 1, message: selfHarm }],
};

/** Options listed from the highest score down (EPDS items 3 and 5–10). */
function reversed(sv: string[], en: string[]): [Text, number][] {
  return sv.map((s, i) => [text(s, en[i]), sv.length - 1 - i]);
}

export const ratingScales: RatingScale[] = [PHQ9, GAD7, AUDIT, EPDS];

export const itemLinkId = (scale: RatingScale, index: number) => `${scale.id}-${index + 1}`;

/** The scale as a FHIR R4 Questionnaire in one language; each option's score in `ordinalValue`. */
export function scaleQuestionnaire(scale: RatingScale, locale: Locale) {
  return {
    resourceType: 'Questionnaire' as const,
    id: scale.id,
    status: 'active' as const,
    title: scale.title[locale],
    item: [
      { linkId: `${scale.id}-intro`, type: 'display', text: scale.intro[locale] },
      ...scale.items.map((item, index) => ({
        linkId: itemLinkId(scale, index),
        type: 'choice',
        required: true,
        text: `${index + 1}. ${item.text[locale]}`,
        answerOption: (item.options ?? scale.options ?? []).map(([label, score]) => ({
          valueCoding: {
            system: `urn:nara:rating-scale:${scale.id}`,
            code: String(score),
            display: label[locale],
            extension: [{ url: ORDINAL_VALUE, valueDecimal: score }],
          },
        })),
      })),
    ],
  };
}
