// The CDN bundle: registers every element. One <script type="module" src=".../nara.js"> is all a page needs.
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
