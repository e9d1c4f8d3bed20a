import type { ErrandListStrings } from './strings.js';

const so: ErrandListStrings = {
  heading: 'Arrimahayga',
  loading: 'Waxaa la soo rarayaa arrimahaaga …',
  empty: 'Hadda ma lihid wax arrimo ah.',
  retry: 'Isku day mar kale',
  chatWith: (profession) => `Sheekaysi lala yeelanayo ${profession.toLowerCase()}`,
  fromCareTeam: 'Xarunta caafimaadka ayay ka timid',
  forChild: (pnr) => `Waxay khusaysaa ilmaha ${pnr.slice(0, 8)}-${pnr.slice(8)}`,
  lastActivity: (when) => `Markii ugu dambaysay ${when}`,
  unread: (n) => (n === 1 ? '1 aan la akhrin' : `${n} aan la akhrin`),
  back: 'Ku noqo arrimahayga',
};

export default so;
