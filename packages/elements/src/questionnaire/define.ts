import { NaraQuestionnaire } from './questionnaire.js';
import { define } from '../base/define-element.js';

define('nara-questionnaire', NaraQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'nara-questionnaire': NaraQuestionnaire;
  }
}
