// The CDN's `nara-all.js`: registers every element at once, and exports their classes. For a page
// that wants everything up front; `nara.js` (the autoloader) registers each element when it appears.
import './provider/define.js';
import './shortcut-tile/define.js';
import './shortcut-list/define.js';
import './chat-panel/define.js';
import './triage-result/define.js';
import './questionnaire/define.js';
import './symptom-form/define.js';
import './booking-picker/define.js';
import './care-journey/define.js';
import './errand-list/define.js';
// The staff elements (nara-staff-queue, nara-errand) are not in the patient's bundle: load staff-queue.js and errand.js.

export * from './index.js';
