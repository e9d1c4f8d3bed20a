import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { API, scenarios } from './helpers.js';

const CLINIC = 'vc-linden';
const log = (e: Event) => console.log(e.type, (e as CustomEvent).detail);

/** A draft as the form saves it in sessionStorage: lets a story open at any step. */
const answers = {
  resourceType: 'QuestionnaireResponse',
  status: 'in-progress',
  item: [
    { linkId: 'description', text: 'Beskriv dina besvär med egna ord', answer: [{ valueString: 'Ont i halsen sedan i går, värst på morgonen.' }] },
    { linkId: 'since', text: 'Sedan när har du haft besvären?', answer: [{ valueCoding: { system: 'https://nara.dev/fhir/CodeSystem/triage-answer', code: 'days-1-3', display: '1–3 dagar' } }] },
    { linkId: 'overall', text: 'Hur mår du totalt sett?', answer: [{ valueInteger: 6 }] },
    { linkId: 'can-swallow-saliva', text: 'Kan du svälja din egen saliv?', answer: [{ valueBoolean: true }] },
  ],
};
const draft = (step: string, extra: object = {}) => () => {
  sessionStorage.setItem(`nara-symptom-form:${CLINIC}`, JSON.stringify({ step, redFlags: {}, subject: 'self', ageYears: '', ageMonths: '', reasonId: 'ont-i-halsen', response: answers, ...extra }));
  return {};
};
const fresh = () => {
  sessionStorage.removeItem(`nara-symptom-form:${CLINIC}`);
  return {};
};

const meta: Meta = {
  title: 'Elements/Symptom form',
  component: 'nara-symptom-form',
  loaders: [fresh],
  render: () =>
    html`<nara-symptom-form api=${API} clinic=${CLINIC} @nara-emergency=${log} @nara-submit=${log} @nara-assessment=${log} @nara-action=${log} @nara-cancel=${log}></nara-symptom-form>`,
};
export default meta;
type Story = StoryObj;

const shadow = (root: HTMLElement) => root.querySelector('nara-symptom-form')!.shadowRoot!;
const until = async (check: () => unknown) => {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
};

/** Step 1: the emergency screen, before anything else. */
export const EmergencyScreen: Story = {};

/** A red flag ticked: call 112, the tel: link first. */
export const Emergency: Story = { loaders: [draft('emergency', { redFlags: { breathing: true }, reasonId: undefined, response: undefined })] };

/** A red flag with extra advice (the suicide helpline besides 112). */
export const EmergencyWithAdvice: Story = { loaders: [draft('emergency', { redFlags: { suicidal: true }, reasonId: undefined, response: undefined })] };

/** Step 2: who is it for. */
export const WhoIsItFor: Story = { loaders: [draft('who', { subject: undefined, reasonId: undefined, response: undefined })] };

/** A guardian for a child: the age is asked; "Continue" with a bad age shows the error summary. */
export const ChildWithAgeError: Story = {
  loaders: [draft('who', { subject: 'child', ageYears: '19', reasonId: undefined, response: undefined })],
  play: async ({ canvasElement }) => {
    await until(() => shadow(canvasElement).querySelector('[data-action="next"]'));
    (shadow(canvasElement).querySelector('[data-action="next"]') as HTMLElement).click();
  },
};

/** Step 3: the reason search, common reasons, administrative errands and "something else". */
export const Reason: Story = { loaders: [draft('reason', { reasonId: undefined, response: undefined })] };

/** Searching with a typo: "halsnt" still finds "Ont i halsen" (through the synonym "halsont"). */
export const ReasonSearch: Story = {
  loaders: [draft('reason', { reasonId: undefined, response: undefined })],
  play: async ({ canvasElement }) => {
    await until(() => shadow(canvasElement).getElementById('reason-input'));
    const input = shadow(canvasElement).getElementById('reason-input') as HTMLInputElement;
    await until(() => shadow(canvasElement).querySelector('.picks button'));
    input.focus();
    input.value = 'halsnt';
    input.dispatchEvent(new Event('input'));
  },
};

/** Step 4: the reason's questionnaire (via nara-questionnaire), prefilled from the draft. */
export const Questions: Story = { loaders: [draft('questions')] };

/** Step 5: review with a link back to each step. */
export const Review: Story = { loaders: [draft('review')] };

/** Sending fails: the answers stay, an alert offers retry. */
export const SendFails: Story = {
  loaders: [draft('review')],
  parameters: { msw: [scenarios.failing('/v1/assessments')] },
  play: async ({ canvasElement }) => {
    await until(() => shadow(canvasElement).querySelector('[data-action="submit"]'));
    (shadow(canvasElement).querySelector('[data-action="submit"]') as HTMLElement).click();
  },
};

/** Sent: the triage result, shown by the form itself. */
export const Result: Story = {
  loaders: [draft('review')],
  play: async ({ canvasElement }) => {
    await until(() => shadow(canvasElement).querySelector('[data-action="submit"]'));
    (shadow(canvasElement).querySelector('[data-action="submit"]') as HTMLElement).click();
  },
};

/** Child-health (BVC) entry: `audience="child"` presets "my child". */
export const ChildHealthEntry: Story = {
  render: () => html`<nara-symptom-form api=${API} clinic=${CLINIC} audience="child" @nara-emergency=${log} @nara-assessment=${log}></nara-symptom-form>`,
};

/** Started at a reason (`reason="ont-i-halsen"`), as the care journey does from a shortcut. */
export const StartAtReason: Story = {
  render: () => html`<nara-symptom-form api=${API} clinic=${CLINIC} reason="ont-i-halsen" subject="self"></nara-symptom-form>`,
};

export const English: Story = {
  render: () => html`<nara-symptom-form api=${API} clinic=${CLINIC} locale="en"></nara-symptom-form>`,
};

export const Loading: Story = { parameters: { msw: [scenarios.never('/v1/red-flags')] } };
export const LoadFailed: Story = { parameters: { msw: [scenarios.failing('/v1/red-flags')] } };

export const At320px: Story = {
  loaders: [draft('reason', { reasonId: undefined, response: undefined })],
  render: () => html`<div style="max-width: 320px; border: 1px dashed #999"><nara-symptom-form api=${API} clinic=${CLINIC}></nara-symptom-form></div>`,
};
