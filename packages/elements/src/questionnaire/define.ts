import { NaraQuestionnaire } from './questionnaire.js';
import { define } from '../base/define-element.js';

// The typed `nara-*` events (HTMLElementEventMap) come with the tag: `e.detail` is typed after this import alone.
export type { NaraEventMap } from '../events.js';

define('nara-questionnaire', NaraQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'nara-questionnaire': NaraQuestionnaire;
  }
}
