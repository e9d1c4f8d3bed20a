import { choice, rule, atLeast, atMost, all, ageUnder, ageAtLeast, oneOf, is } from './conditions.js';
import type { Audience, Category, QuestionDef, Rule } from './model.js';
import { text } from './text.js';

/** linkIds of the items every medical questionnaire starts with. */
export const COMMON = {
  description: 'description',
  since: 'since',
  overall: 'overall',
  temperature: 'temperature',
  image: 'image',
} as const;

/** Attachments a patient may add: as 1177's e-services, PDF, JPG, PNG, GIF. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'application/pdf'] as const;
export const ATTACHMENT_MAX_BYTES = 10_000_000; // 10 MB as people read it (not MiB), as the backend takes

const forChild = (audience: Audience) => audience === 'child';

function description(audience: Audience, category: Category): QuestionDef {
  return {
    id: COMMON.description,
    type: 'text',
    required: true,
    maxLength: 2000,
    text:
      category === 'administrative'
        ? text('Beskriv ditt ärende', 'Describe your errand')
        : forChild(audience)
          ? text('Beskriv barnets besvär med egna ord', "Describe your child's problem in your own words")
          : text('Beskriv dina besvär med egna ord', 'Describe your problem in your own words'),
    help: text('Skriv till exempel vad som hänt, var det gör ont och vad du själv har provat.', 'For example what happened, where it hurts and what you have tried yourself.'),
  };
}

const since = (audience: Audience): QuestionDef =>
  choice(
    COMMON.since,
    forChild(audience) ? 'Sedan när har barnet haft besvären?' : 'Sedan när har du haft besvären?',
    forChild(audience) ? 'How long has your child had the problem?' : 'How long have you had the problem?',
    [
      ['today', 'Sedan i dag', 'Since today'],
      ['days-1-3', '1–3 dagar', '1–3 days'],
      ['days-4-7', '4–7 dagar', '4–7 days'],
      ['weeks-1-4', '1–4 veckor', '1–4 weeks'],
      ['months', 'Mer än en månad', 'More than a month'],
    ],
    { required: true },
  );

const overall = (audience: Audience): QuestionDef => ({
  id: COMMON.overall,
  type: 'integer',
  required: true,
  min: 0,
  max: 10,
  text: forChild(audience)
    ? text('Hur mår barnet totalt sett, från 0 (mycket dåligt) till 10 (mycket bra)?', 'How is your child overall, from 0 (very poorly) to 10 (very well)?')
    : text('Hur mår du totalt sett, från 0 (mycket dåligt) till 10 (mycket bra)?', 'How do you feel overall, from 0 (very poorly) to 10 (very well)?'),
});

const temperature = (audience: Audience): QuestionDef => ({
  id: COMMON.temperature,
  type: 'decimal',
  min: 34,
  max: 43,
  unit: 'Cel',
  text: forChild(audience)
    ? text('Barnets högsta uppmätta temperatur (°C), om du har mätt', "Your child's highest measured temperature (°C), if you have measured it")
    : text('Din högsta uppmätta temperatur (°C), om du har mätt', 'Your highest measured temperature (°C), if you have measured it'),
});

function image(category: Category): QuestionDef {
  return {
    id: COMMON.image,
    type: 'attachment',
    text:
      category === 'administrative'
        ? text('Bifoga en fil om det hjälper (PDF, JPG, PNG eller GIF)', 'Attach a file if it helps (PDF, JPG, PNG or GIF)')
        : text('Bifoga en bild om det hjälper, till exempel av utslag eller ett sår', 'Attach a picture if it helps, for example of a rash or a wound'),
  };
}

/**
 * The shared items a reason's questionnaire starts with. Medical reasons: description, since when,
 * overall 0–10, temperature, image. Administrative errands ask only for a description and a file.
 */
export function commonItems(audience: Audience, category: Category): { before: QuestionDef[]; after: QuestionDef[] } {
  if (category === 'administrative') return { before: [description(audience, category)], after: [image(category)] };
  return { before: [description(audience, category), since(audience), overall(audience), temperature(audience)], after: [image(category)] };
}

/**
 * Rules every medical reason shares, on the common items and the child's age. The infant rule makes
 * fever in a child under 3 months a red flag whatever reason was picked.
 */
export const commonRules: Rule[] = [
  rule(all(ageUnder(3), atLeast(COMMON.temperature, 38)), 'emergency', 'Ett barn under 3 månader med feber (38 °C eller mer) ska undersökas direkt.', 'A child under 3 months with a fever (38 °C or more) must be examined at once.', { redFlag: 'infant-fever', rationale: 'Fever ≥ 38 °C under 3 months: NICE red, serious bacterial infection.' }),
  rule(all(ageAtLeast(3), ageUnder(6), atLeast(COMMON.temperature, 38)), 'urgent', 'Barn mellan 3 och 6 månader med feber ska bedömas samma dag.', 'A child between 3 and 6 months with a fever should be seen the same day.', { profession: 'doctor', rationale: 'Fever at 3–6 months (≥ 39 °C is NICE amber): same-day assessment.' }),
  rule(atLeast(COMMON.temperature, 40.5), 'urgent', 'Mycket hög feber (40,5 °C eller mer) behöver bedömas i dag.', 'A very high fever (40.5 °C or more) needs to be assessed today.', { rationale: 'Very high fever ≥ 40.5 °C: same-day assessment.' }),
  rule(atMost(COMMON.temperature, 35.4), 'urgent', 'Låg kroppstemperatur (under 35,5 °C) kan vara ett tecken på allvarlig sjukdom.', 'A low body temperature (below 35.5 °C) can be a sign of serious illness.', { rationale: 'Hypothermia < 35.5 °C: sepsis or exposure.' }),
  rule(atMost(COMMON.overall, 2), 'urgent', 'Du har angett att måendet är mycket dåligt (0–2 av 10).', 'You said the overall condition is very poor (0–2 of 10).', { rationale: 'Self-rated very poor (0–2/10): global severity, same-day assessment.' }),
  rule(all(atLeast(COMMON.temperature, 39), oneOf(COMMON.since, 'days-4-7', 'weeks-1-4', 'months')), 'soon', 'Hög feber (39 °C eller mer) i fyra dagar eller längre bör undersökas.', 'A high fever (39 °C or more) for four days or longer should be examined.', { rationale: 'High fever ≥ 4 days: bacterial focus, same-day examination within days.' }),
  rule(is(COMMON.since, 'months'), 'routine', 'Besvär som har funnits i mer än en månad bör undersökas.', 'A problem that has lasted more than a month should be examined.', { rationale: 'Symptoms > 1 month: planned investigation.' }),
];
