import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Assessment, AssessmentRequest, Locale, Urgency } from '@nara/contract';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers, type PlainAnswer } from '@nara/triage';
import { storyApp } from '../.storybook/preview.js';
import { catalogues, readable } from '../.storybook/string-catalogues.js';
import { API, TEST_TOKEN } from './helpers.js';

/** One real case per urgency, assessed by the server app (the same engine every backend call uses). */
const CASES: Record<Urgency, { reasonId: string; answers: Record<string, PlainAnswer>; yes?: string[]; subject?: AssessmentRequest['subject'] }> = {
  'self-care': { reasonId: 'forkylning', answers: { cough: true, breathless: 'no', temperature: 37.8 } },
  routine: { reasonId: 'ont-i-ryggen', answers: { since: 'weeks-1-4', 'saddle-numbness': false } },
  soon: { reasonId: 'halsfluss', answers: { 'can-swallow-saliva': true, 'tonsil-coating': true, cough: false, temperature: 38.9 } },
  urgent: { reasonId: 'urinvagsinfektion', answers: { burning: true, 'flank-pain': true, temperature: 38.7 } },
  'emergency-department': { reasonId: 'testikel', answers: { 'testicle-pain': true }, subject: { kind: 'child', ageMonths: 168 } },
  emergency: { reasonId: 'somnproblem', answers: { 'self-harm-thoughts': false, 'daily-life': 'little' }, yes: ['suicidal'] },
};

async function assess(urgency: Urgency, locale: Locale): Promise<{ assessment: Assessment }> {
  const { reasonId, answers, yes = [], subject = { kind: 'self' } } = CASES[urgency];
  const reason = findReason(reasonId)!;
  const common: Record<string, PlainAnswer> = reason.category === 'medical' ? { since: 'days-1-3', overall: 6 } : {};
  const response = responseFromAnswers(buildQuestionnaire(reason, locale), { description: 'Berättelse', ...common, ...answers });
  const redFlags = Object.fromEntries(redFlagsFor(subject.kind).map((f) => [f.id, yes.includes(f.id)]));
  const answer = await storyApp.fetch(
    new Request(`${API}/v1/assessments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
      body: JSON.stringify({ reasonId, response, subject, redFlags }),
    }),
  );
  return { assessment: (await answer.json()) as Assessment };
}

const lang = (globals: Record<string, unknown>): Locale => (document.documentElement.lang === 'en' || globals.locale === 'en' ? 'en' : 'sv');

/** The journey starts at the result of the case, as if the patient had just answered the form. */
function atResult(assessment: Assessment) {
  return async (journey: Element | undefined) => {
    if (!journey) return;
    await (journey as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    for (let i = 0; i < 50 && !journey.shadowRoot?.querySelector('nara-symptom-form'); i++) await new Promise((r) => setTimeout(r, 20));
    journey.shadowRoot?.querySelector('nara-symptom-form')?.dispatchEvent(new CustomEvent('nara-assessment', { detail: { assessment }, bubbles: true, composed: true, cancelable: true }));
  };
}

const meta: Meta = {
  title: 'Designers/Scenarios and strings',
  argTypes: {
    strings: {
      control: 'object',
      description: 'Override any visible string: `{ "element.key": "text" }`, e.g. `{ "care-journey.back": "Gå tillbaka" }`; `{1}` stands for a value. The keys are in "Every string".',
    },
  },
};
export default meta;
type Story = StoryObj;

const resultStory = (urgency: Urgency): Story => ({
  name: `Triage result: ${urgency}`,
  args: { strings: {} },
  loaders: [(context) => assess(urgency, lang(context.globals))],
  render: (_args, { loaded }) => html`<div style="max-width: 40rem"><nara-triage-result .assessment=${loaded.assessment}></nara-triage-result></div>`,
});

const journeyStory = (urgency: Urgency): Story => ({
  name: `Journey at: ${urgency}`,
  args: { strings: {} },
  loaders: [(context) => assess(urgency, lang(context.globals))],
  render: (_args, { loaded }) =>
    html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => TEST_TOKEN}>
      <nara-care-journey skip-menu no-history ${ref(atResult(loaded.assessment as Assessment))}></nara-care-journey>
    </nara-provider>`,
});

export const ResultSelfCare = resultStory('self-care');
export const ResultRoutine = resultStory('routine');
export const ResultSoon = resultStory('soon');
export const ResultUrgent = resultStory('urgent');
export const ResultEmergencyDepartment = resultStory('emergency-department');
export const ResultEmergency = resultStory('emergency');
export const JourneySelfCare = journeyStory('self-care');
export const JourneyRoutine = journeyStory('routine');
export const JourneySoon = journeyStory('soon');
export const JourneyUrgent = journeyStory('urgent');
export const JourneyEmergencyDepartment = journeyStory('emergency-department');
export const JourneyEmergency = journeyStory('emergency');

/** The `strings` arg at work: the journey's own words replaced, with no code. */
export const OverriddenStrings: Story = {
  args: { strings: { 'care-journey.menuHeading': 'Hur kan vi hjälpa dig i dag?', 'care-journey.describe': 'Berätta vad som hänt', 'care-journey.myBookings': 'Dina tider' } },
  render: () => html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => TEST_TOKEN}><nara-care-journey no-history></nara-care-journey></nara-provider>`,
};

/** Every string of every element, Swedish and English side by side, with the key a `strings` override uses. */
export const EveryString: Story = {
  render: () => html`<table style="width: 100%; table-layout: fixed; overflow-wrap: anywhere; border-collapse: collapse; font: 0.875rem/1.4 system-ui, sans-serif; color: #1a1a1a">
    <caption style="text-align: start; font-weight: 700; padding-block-end: 0.5rem">Every string (sv | en)</caption>
    <thead><tr><th scope="col" style="text-align: start">Key</th><th scope="col" style="text-align: start">Svenska</th><th scope="col" style="text-align: start">English</th></tr></thead>
    <tbody>
      ${Object.entries(catalogues()).flatMap(([element, catalogue]) =>
        Object.keys(catalogue.sv).map(
          (key) => html`<tr style="border-block-start: 1px solid #ccc; vertical-align: top">
            <th scope="row" style="text-align: start; font-family: monospace; font-weight: 400; padding: 0.25rem 0.5rem 0.25rem 0">${`${element}.${key}`}</th>
            <td lang="sv" style="padding: 0.25rem 0.5rem">${readable(catalogue.sv[key])}</td>
            <td lang="en" style="padding: 0.25rem 0.5rem">${readable(catalogue.en[key])}</td>
          </tr>`,
        ),
      )}
    </tbody>
  </table>`,
};
