import { NaraCareJourney } from './care-journey.js';
import { define } from '../base/define-element.js';
import '../shortcut-tile/define.js';
import '../symptom-form/define.js';
import '../triage-result/define.js';
import '../booking-picker/define.js';
import '../chat-panel/define.js';

define('nara-care-journey', NaraCareJourney);

declare global {
  interface HTMLElementTagNameMap {
    'nara-care-journey': NaraCareJourney;
  }
}
