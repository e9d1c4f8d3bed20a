import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { allTypes, feverChains, hostile, largeQuestionnaire, medications, phq9 } from '@nara/fhir/fixtures';
import { API, TEST_TOKEN } from './helpers.js';
import { HttpBackend } from '@nara/client';

const questionnaires = { phq9, feverChains, medications, allTypes, hostile, large: largeQuestionnaire() };

const meta: Meta = {
  title: 'Elements/Questionnaire',
  component: 'nara-questionnaire',
  args: { questionnaire: 'phq9', paged: false, readonly: false },
  argTypes: { questionnaire: { control: 'select', options: Object.keys(questionnaires) } },
  render: (args) =>
    html`<nara-questionnaire
      .questionnaire=${questionnaires[args.questionnaire as keyof typeof questionnaires]}
      ?paged=${args.paged}
      ?readonly=${args.readonly}
      .backend=${new HttpBackend({ baseUrl: API, getToken: () => TEST_TOKEN })}
      @nara-submit=${(e: CustomEvent) => console.log('nara-submit', e.detail.response)}
    ></nara-questionnaire>`,
};
export default meta;
type Story = StoryObj;

/** A PHQ-9-style scale: radio buttons on a contained ValueSet; question 9 shows the 112 advice. */
export const Phq9: Story = {};
/** enableWhen chains across groups: answer "Ja" to fever, then a temperature of 39 or more. */
export const EnableWhenChains: Story = { args: { questionnaire: 'feverChains' } };
/** A repeating group (add and remove medicines) and a repeating answer (allergies). */
export const RepeatingGroups: Story = { args: { questionnaire: 'medications' } };
/** Every item type and control; attachments upload to the demo server app through msw. */
export const EveryItemType: Story = { args: { questionnaire: 'allTypes' } };
/** One top-level group per step, with progress, back and next. */
export const Paged: Story = { args: { questionnaire: 'large', paged: true } };
/** Read-only review of prefilled answers. */
export const ReadOnlyReview: Story = {
  render: () =>
    html`<nara-questionnaire readonly .questionnaire=${medications}
      .response=${{ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'medicine', item: [{ linkId: 'medicine-name', answer: [{ valueString: 'Alvedon' }] }, { linkId: 'as-needed', answer: [{ valueBoolean: true }] }] }] }}></nara-questionnaire>`,
};
/** Markup in every text renders as text. */
export const HostileText: Story = { args: { questionnaire: 'hostile' } };
/** A malformed Questionnaire: an error naming the item. */
export const Malformed: Story = {
  render: () => html`<nara-questionnaire .questionnaire=${{ resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'pain-site', type: 'choice', text: 'Var?' }] }}></nara-questionnaire>`,
};
/** At 320 px wide: no sideways scrolling. */
export const Narrow: Story = { render: () => html`<div style="max-width: 320px"><nara-questionnaire .questionnaire=${allTypes}></nara-questionnaire></div>` };
