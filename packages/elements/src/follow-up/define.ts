import { NaraFollowUp } from './follow-up.js';
import { define } from '../base/define-element.js';

define('nara-follow-up', NaraFollowUp);

declare global {
  interface HTMLElementTagNameMap {
    'nara-follow-up': NaraFollowUp;
  }
}
