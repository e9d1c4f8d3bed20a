import type { AttachmentStrings } from './attachment-strings.js';

const files = (max: number) => (max === 1 ? 'ملف واحد' : max === 2 ? 'ملفان' : max <= 10 ? `${max} ملفات` : `${max} ملفًا`);

const ar: AttachmentStrings = {
  files: (max, mb) => `PDF أو JPG أو PNG أو GIF. ${files(max)} على الأكثر، ${mb} ميغابايت لكل ملف.`,
  uploading: (name, percent) => `جارٍ إرسال ${name}: ${percent}%`,
  removeFile: (name) => `احذف ${name}`,
  fileType: (name) => `${name} ليس ملف PDF أو JPG أو PNG أو GIF.`,
  fileSize: (name, mb) => `${name} أكبر من ${mb} ميغابايت.`,
  fileCount: (max) => `يمكنك إرفاق ${files(max)} على الأكثر.`,
};

export default ar;
