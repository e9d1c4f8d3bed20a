import { NaraCareJourney } from './care-journey.js';
import { define } from '../base/define-element.js';

define('nara-care-journey', NaraCareJourney);

declare global {
  interface HTMLElementTagNameMap {
    'nara-care-journey': NaraCareJourney;
  }
}
