import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CATALOGUE } from '@nara/triage';
import { API, TEST_TOKEN, scenarios } from './helpers.js';

const SIGN_IN = 'https://vardcentralen.example/logga-in';

const PROFESSIONS = ['secretary', 'nurse', 'doctor', 'child-health-nurse', 'physiotherapist', 'psychologist', 'counsellor', 'midwife'];
/** Only what the journey's tag takes is a control; each one is read by the story. */
const HIDDEN = ['api', 'clinic', 'demo', 'backend', 'locale', 'signinUrl', 'signin-url', 'step', 'go', 'signIn', 'signInUrl', 'clinicId', 'lang_', 'emit'];

const meta: Meta = {
  title: 'Journeys/Care journey',
  component: 'nara-care-journey',
  tags: ['autodocs'],
  render: (args) =>
    html`<nara-provider api=${API} clinic="vc-linden" .getToken=${() => (args.signedIn ? TEST_TOKEN : null)} signin-url=${args.signedIn ? nothing : SIGN_IN}
      @nara-sign-in=${(e: Event) => e.preventDefault() /* Storybook stays on the story; the event shows in Actions */}>
      <nara-care-journey
        ?child-health=${args.childHealth}
        direct-chat=${args.directChat || nothing}
        reason=${args.reason || nothing}
        ?skip-menu=${args.skipMenu}
        heading-level=${args.headingLevel}
        no-history
      ></nara-care-journey>
    </nara-provider>`,
  args: { childHealth: true, skipMenu: false, signedIn: true, headingLevel: 2, reason: '', directChat: '' },
  argTypes: {
    ...Object.fromEntries(HIDDEN.map((name) => [name, { table: { disable: true } }])),
    signedIn: { control: 'boolean', description: 'The patient is signed in. Off: the menu marks what needs sign-in, and chat and booking show "Logga in" (signin-url).' },
    reason: { control: 'select', options: ['', ...CATALOGUE.map((r) => r.id)], description: 'Start the symptom form at this contact reason.' },
    directChat: { name: 'direct-chat', control: 'select', options: ['', ...PROFESSIONS], description: 'Go straight to a chat with this profession.' },
    childHealth: { name: 'child-health', control: 'boolean' },
    skipMenu: { name: 'skip-menu', control: 'boolean' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    noHistory: { table: { disable: true } },
  },
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
/** Signed out, with the care centre's sign-in page (`signin-url`): the menu marks what needs sign-in; chat asks with "Logga in". */
export const SignedOut: Story = { args: { signedIn: false } };
/** Straight to the questions of a contact reason (`reason`). */
export const StartsAtAReason: Story = { args: { reason: 'ont-i-halsen' } };
