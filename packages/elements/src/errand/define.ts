import { NaraErrand } from './errand.js';
import { define } from '../base/define-element.js';

define('nara-errand', NaraErrand);

declare global {
  interface HTMLElementTagNameMap {
    'nara-errand': NaraErrand;
  }
}
