import type { AttachmentStrings } from './attachment-strings.js';

const fi: AttachmentStrings = {
  files: (max, mb) => `PDF, JPG, PNG tai GIF. Enintään ${max} ${max === 1 ? 'tiedosto' : 'tiedostoa'}, ${mb} Mt tiedostoa kohden.`,
  uploading: (name, percent) => `Lähetetään ${name}: ${percent} %`,
  removeFile: (name) => `Poista ${name}`,
  fileType: (name) => `${name} ei ole PDF-, JPG-, PNG- tai GIF-tiedosto.`,
  fileSize: (name, mb) => `${name} on suurempi kuin ${mb} Mt.`,
  fileCount: (max) => `Voit liittää enintään ${max} ${max === 1 ? 'tiedoston' : 'tiedostoa'}.`,
};

export default fi;
