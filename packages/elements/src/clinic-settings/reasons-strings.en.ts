import type { ReasonsStrings } from './reasons-section.js';

const en: ReasonsStrings = {
  legend: 'Contact reasons the clinic offers',
  help: 'A contact reason that is not chosen does not show when patients search and cannot be chosen. Search, or show only the ones switched off, to find the right one.',
  search: 'Search contact reasons',
  show: 'Show',
  all: 'all',
  offered: 'offered',
  off: 'switched off',
  shown: (shown: number, total: number, off: number) => `Showing ${shown} of ${total}. ${off} switched off.`,
  none: 'No contact reason matches the search.',
  onShown: 'Offer all shown',
  offShown: 'Switch off all shown',
  noCatalogue: 'The names of the contact reasons cannot be shown here; the ones switched off are shown by id.',
  offLabel: (id: string) => `${id} (switched off)`,
};

export default en;
