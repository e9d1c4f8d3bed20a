import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { API, TEST_TOKEN, scenarios } from './helpers.js';

const meta: Meta = {
  title: 'Journeys/Care journey',
  component: 'nara-care-journey',
  tags: ['autodocs'],
  render: (args) =>
    html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => TEST_TOKEN}>
      <nara-care-journey ?child-health=${args.childHealth} direct-chat=${args.directChat ?? ''} ?skip-menu=${args.skipMenu} no-history></nara-care-journey>
    </nara-provider>`,
  args: { childHealth: true, skipMenu: false },
};
export default meta;
type Story = StoryObj;

/** A care centre's contact page: the menu of entries, child health included. */
export const Menu: Story = {};
/** An adult describing their symptoms from the start. */
export const AdultStartsWithSymptoms: Story = { args: { skipMenu: true } };
/** A guardian going straight to the child-health nurses' chat (direct entry, seed 004). */
export const GuardianDirectToChildHealth: Story = { args: { directChat: 'child-health-nurse' } };
/** An errand for the secretary (prescriptions, certificates): straight to the secretary's chat. */
export const SecretaryErrand: Story = { args: { directChat: 'secretary' } };
/** A care centre without child health. */
export const WithoutChildHealth: Story = { args: { childHealth: false } };
/** The backend is slow: every step still says what is happening. */
export const SlowNetwork: Story = { args: { skipMenu: true }, parameters: { msw: [scenarios.slow('/v1/red-flags')] } };
/** The backend fails: the emergency number is still on screen. */
export const BackendDown: Story = { args: { skipMenu: true }, parameters: { msw: [scenarios.failing('/v1/red-flags')] } };
