import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AssessmentRequest } from '@nara/contract';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers, type PlainAnswer } from '@nara/triage';
import { storyApp } from '../.storybook/preview.js';

/** A real assessment from the server app (the same engine every backend call uses). */
async function assessment(reasonId: string, answers: Record<string, PlainAnswer>, yes: string[] = [], locale: 'sv' | 'en' = 'sv', subject: AssessmentRequest['subject'] = { kind: 'self' }) {
  const reason = findReason(reasonId)!;
  const common: Record<string, PlainAnswer> = reason.category === 'medical' ? { since: 'days-1-3', overall: 6 } : {};
  const response = responseFromAnswers(buildQuestionnaire(reason, locale), { description: 'Berättelse', ...common, ...answers });
  const redFlags = Object.fromEntries(redFlagsFor(subject.kind).map((f) => [f.id, yes.includes(f.id)]));
  const answer = await storyApp.fetch(
    new Request('https://api.nara.example/v1/assessments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
      body: JSON.stringify({ reasonId, response, subject, redFlags }),
    }),
  );
  return { assessment: await answer.json() };
}

const meta: Meta = {
  title: 'Elements/Triage result',
  component: 'nara-triage-result',
  render: (_args, { loaded }) =>
    html`<div style="max-width: 40rem"><nara-triage-result .assessment=${loaded.assessment} @nara-action=${(e: CustomEvent) => console.log('nara-action', e.detail)}></nara-triage-result></div>`,
};
export default meta;
type Story = StoryObj;

export const SelfCare: Story = { loaders: [() => assessment('forkylning', { cough: true, breathless: 'no', temperature: 37.8 })] };
export const Routine: Story = { loaders: [() => assessment('ont-i-ryggen', { since: 'weeks-1-4', 'saddle-numbness': false })] };
export const Soon: Story = { loaders: [() => assessment('halsfluss', { 'can-swallow-saliva': true, 'tonsil-coating': true, cough: false, temperature: 38.9 })] };
export const Urgent: Story = { loaders: [() => assessment('urinvagsinfektion', { burning: true, 'flank-pain': true, temperature: 38.7 })] };
/** The emergency-department level: sudden testicular pain in a 14-year-old (no condom advice to a child). */
export const EmergencyDepartment: Story = {
  loaders: [() => assessment('testikel', { 'testicle-pain': true }, [], 'sv', { kind: 'child', ageMonths: 168 })],
};
export const EmergencyDepartmentEnglish: Story = {
  loaders: [() => assessment('graviditet', { 'pregnancy-week': 34, 'headache-vision': true, 'upper-abdominal-pain': false, 'vaginal-bleeding': false }, [], 'en')],
  render: (_args, { loaded }) => html`<div style="max-width: 40rem"><nara-triage-result locale="en" .assessment=${loaded.assessment}></nara-triage-result></div>`,
};
export const EmergencyFromScreen: Story = { loaders: [() => assessment('somnproblem', { 'self-harm-thoughts': false, 'daily-life': 'little' }, ['suicidal'])] };
export const EmergencyInfantFever: Story = {
  loaders: [() => assessment('feber-hos-barn', { temperature: 38.4, lethargic: false, drinks: true, 'non-blanching': false, 'breathing-hard': false }, [], 'sv', { kind: 'child', ageMonths: 2 })],
};
export const AdministrativeErrand: Story = { loaders: [() => assessment('boka-om', { reference: 'Tid 12 mars' })] };
export const English: Story = {
  loaders: [() => assessment('forkylning', { cough: true, breathless: 'no' }, [], 'en')],
  render: (_args, { loaded }) => html`<div style="max-width: 40rem"><nara-triage-result locale="en" .assessment=${loaded.assessment}></nara-triage-result></div>`,
};
export const At320px: Story = {
  loaders: [() => assessment('urinvagsinfektion', { burning: true, 'flank-pain': true, temperature: 38.7 })],
  render: (_args, { loaded }) => html`<div style="max-width: 320px"><nara-triage-result .assessment=${loaded.assessment}></nara-triage-result></div>`,
};
