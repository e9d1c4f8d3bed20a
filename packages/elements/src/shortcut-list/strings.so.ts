import type { ShortcutListStrings } from './strings.js';

const so: ShortcutListStrings = {
  heading: 'Gaab-wadayaashayda',
  loading: 'Gaab-wadayaashaada ayaa la soo rarayaa …',
  signedOut: 'Gal si aad u aragto gaab-wadayaashaada.',
  empty: 'Weli ma lihid gaab-wadayaal. Ku dar adeegyada aad ugu badan isticmaasho.',
  edit: 'Beddel gaab-wadayaasha',
  save: 'Kaydi',
  cancel: 'Jooji',
  saving: 'Waa la kaydinayaa …',
  saved: 'Gaab-wadayaashaada waa la kaydiyay.',
  add: 'Ku dar gaab-waddo',
  addHeading: 'Ku dar',
  nothingToAdd: 'Adeegyada oo dhan waxay horeba ugu jiraan gaab-wadayaashaada.',
  moveUp: (title) => `Kor u qaad ${title}`,
  moveDown: (title) => `Hoos u dhig ${title}`,
  remove: (title) => `Ka saar ${title}`,
  dragHandle: (title) => `Jiid si aad u dhaqaajiso ${title}`,
  added: (title) => `${title} waa lagu daray.`,
  removed: (title) => `${title} waa laga saaray.`,
  moved: (title, position, total) => `${title} waxaa loo raray booska ${position} ee ${total}.`,
  full: (max) => `Waxaad yeelan kartaa ugu badnaan ${max} gaab-waddo.`,
  editKeyHelp: "Ama dooro gaaban oo riix Alt + fallaadha kor ama fallaadha hoos.",
  editHelp: 'Ku dhaqaaji badhamada, ama dooro gaab-waddo oo riix Alt + fallaadha kor ama fallaadha hoos.',
};

export default so;
