import { NaraCareJourney } from './care-journey.js';
import { define } from '../base/define-element.js';

// The typed `nara-*` events (HTMLElementEventMap) come with the tag: `e.detail` is typed after this import alone.
export type { NaraEventMap } from '../events.js';

define('nara-care-journey', NaraCareJourney);

declare global {
  interface HTMLElementTagNameMap {
    'nara-care-journey': NaraCareJourney;
  }
}
