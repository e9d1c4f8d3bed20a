import type { AttachmentStrings } from './attachment-strings.js';

const en: AttachmentStrings = {
  files: (max: number, mb: string) => `PDF, JPG, PNG or GIF. At most ${max} ${max === 1 ? 'file' : 'files'}, ${mb} MB each.`,
  uploading: (name: string, percent: number) => `Sending ${name}: ${percent} %`,
  removeFile: (name: string) => `Remove ${name}`,
  fileType: (name: string) => `${name} is not a PDF, JPG, PNG or GIF.`,
  fileSize: (name: string, mb: string) => `${name} is larger than ${mb} MB.`,
  fileCount: (max: number) => `You can attach at most ${max} ${max === 1 ? 'file' : 'files'}.`,
};

export default en;
