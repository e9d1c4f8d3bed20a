import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { API, TEST_TOKEN } from './helpers.js';
import { storyApp } from '../.storybook/preview.js';
import '../packages/elements/src/errand/define.ts';

const PERSON = TEST_TOKEN.slice(5);
const STAFF_TOKEN = 'test-staff:staff-anna';
const nurse = { id: 'staff-anna', kind: 'staff' as const, name: 'Anna Sjöberg', profession: 'nurse' as const, clinic: 'vc-linden' };

/** An errand in the story app; `held` has the nurse take it and send PHQ-9, which the patient answers. */
async function errand(held: boolean) {
  const { id } = await storyApp.context.chat.create(PERSON, { clinic: 'vc-linden', profession: 'nurse', text: 'Jag har känt mig nedstämd i flera veckor.' }, 'sv');
  if (held) {
    await storyApp.context.staff.take(nurse, id);
    const sent = await storyApp.context.staff.sendForm(nurse, id, 'phq-9');
    if (sent.type === 'form-sent') {
      const items = (sent.questionnaire.item ?? []).filter((i) => i.type === 'choice');
      await storyApp.context.chat.answerForm(PERSON, id, {
        requestId: sent.requestId,
        response: { resourceType: 'QuestionnaireResponse', status: 'completed', item: items.map((i, n) => ({ linkId: i.linkId, answer: [{ valueCoding: { code: n < 5 ? '2' : '1' } }] })) },
      });
    }
  }
  return { conversation: id };
}

const meta: Meta = {
  title: 'Staff/Errand',
  component: 'nara-errand',
  render: (_args, { loaded }) =>
    html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => STAFF_TOKEN}><nara-errand conversation=${loaded.conversation as string}></nara-errand></nara-provider>`,
};
export default meta;
type Story = StoryObj;

/** Queued for the nurses: the report and "Take the errand". */
export const Queued: Story = { loaders: [() => errand(false)] };

/** Taken, PHQ-9 sent and answered: the score, its band, the reply box with phrase templates. */
export const ScoredForm: Story = { loaders: [() => errand(true)] };
