import type { AttachmentStrings } from './attachment-strings.js';

const so: AttachmentStrings = {
  files: (max, mb) => `PDF, JPG, PNG ama GIF. Ugu badnaan ${max} fayl, ${mb} MB fayl kasta.`,
  uploading: (name, percent) => `Waa la dirayaa ${name}: ${percent} %`,
  removeFile: (name) => `Ka saar ${name}`,
  fileType: (name) => `${name} ma aha PDF, JPG, PNG ama GIF.`,
  fileSize: (name, mb) => `${name} wuu ka weyn yahay ${mb} MB.`,
  fileCount: (max) => `Waxaad lifaaqi kartaa ugu badnaan ${max} fayl.`,
};

export default so;
