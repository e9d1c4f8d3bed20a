import type { ErrandListStrings } from './strings.js';

const en: ErrandListStrings = {
  heading: 'My errands',
  loading: 'Loading your errands …',
  empty: 'You have no errands right now.',
  retry: 'Try again',
  chatWith: (profession: string) => `Chat with ${profession.toLowerCase()}`,
  fromCareTeam: 'From the care centre',
  forChild: (pnr: string) => `For the child ${pnr.slice(0, 8)}-${pnr.slice(8)}`,
  lastActivity: (when: string) => `Last ${when}`,
  unread: (n: number) => (n === 1 ? '1 unread' : `${n} unread`),
  back: 'Back to my errands',
};

export default en;
