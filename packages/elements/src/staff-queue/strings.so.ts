import type { StaffQueueStrings } from './strings.js';

const so: StaffQueueStrings = {
  heading: 'Safka',
  scope: 'Muuji',
  mine: 'Xirfaddayda',
  all: 'Dhammaan xirfadaha',
  loading: 'Waxaa la soo rarayaa safka …',
  count: (n) => (n === 0 ? 'Hadda ma jiraan arrimo' : n === 1 ? '1 arrin' : `${n} arrimood`),
  live: 'Isla markiiba ayuu is cusboonaysiiyaa',
  reconnecting: 'Xiriirka ayaa go’ay – mar kale ayaa la isku dayayaa …',
  retry: 'Isku day mar kale',
  waited: (t) => `Sugay ${t}`,
  due: { ok: (at) => `Jawaab ka hor ${at}`, near: (at) => `Waqtiga jawaabtu wuxuu dhammaanayaa ${at}`, past: (at) => `Waqtiga jawaabtu wuu dhaafay ${at}` },
  chatWith: (p) => `Sheekaysi lala yeelanayo ${p.toLowerCase()}`,
  startedByStaff: 'Xiriir ka yimid xarunta caafimaadka',
  child: (months) => (months < 24 ? `ilmo ${months} bilood` : `ilmo ${Math.floor(months / 12)} sano`),
  heldBy: (name) => `waxaa haya ${name}`,
  // Not reviewed: English until translated (see locale.ts `reviewed: false`).
  consultations: 'Questions from colleagues',
  consultation: (from, who) => `${from} asks about ${who}`,
};

export default so;
