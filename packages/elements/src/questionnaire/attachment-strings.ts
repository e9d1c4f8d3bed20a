import { addTranslations, defineStrings } from '../base/locale.js';

/** The attachment field's strings, loaded with the field (render-attachment.ts) rather than with every form. */
export const attachmentStrings = defineStrings({
  files: (max: number, mb: string) => `PDF, JPG, PNG eller GIF. Högst ${max} ${max === 1 ? 'fil' : 'filer'}, ${mb} MB per fil.`,
  uploading: (name: string, percent: number) => `Skickar ${name}: ${percent} %`,
  removeFile: (name: string) => `Ta bort ${name}`,
  fileType: (name: string) => `${name} är inte en PDF, JPG, PNG eller GIF.`,
  fileSize: (name: string, mb: string) => `${name} är större än ${mb} MB.`,
  fileCount: (max: number) => `Du kan bifoga högst ${max} ${max === 1 ? 'fil' : 'filer'}.`,
});

export type AttachmentStrings = (typeof attachmentStrings)['sv'];

addTranslations(attachmentStrings, 'questionnaire-attachments', {
  en: () => import('./attachment-strings.en.js'),
  ar: () => import('./attachment-strings.ar.js'),
  fi: () => import('./attachment-strings.fi.js'),
  so: () => import('./attachment-strings.so.js'),
});
