import type { StaffQueueStrings } from './strings.js';

const en: StaffQueueStrings = {
  heading: 'Queue',
  scope: 'Show',
  mine: 'My profession',
  all: 'All professions',
  loading: 'Loading the queue …',
  count: (n: number) => (n === 0 ? 'No errands right now' : n === 1 ? '1 errand' : `${n} errands`),
  live: 'Updates live',
  reconnecting: 'Lost the connection – trying again …',
  retry: 'Try again',
  waited: (t: string) => `Waited ${t}`,
  due: { ok: (at: string) => `Answer by ${at}`, near: (at: string) => `Answer time ends ${at}`, past: (at: string) => `Answer time passed ${at}` },
  chatWith: (p: string) => `Chat with ${p.toLowerCase()}`,
  startedByStaff: 'Contact from the care centre',
  child: (months: number) => (months < 24 ? `child ${months} months` : `child ${Math.floor(months / 12)} years`),
  heldBy: (name: string) => `with ${name}`,
  consultations: 'Questions from colleagues',
  consultation: (from: string, who: string) => `${from} asks about ${who}`,
};

export default en;
