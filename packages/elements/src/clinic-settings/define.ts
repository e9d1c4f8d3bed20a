import { NaraClinicSettings } from './clinic-settings.js';
import { define } from '../base/define-element.js';

define('nara-clinic-settings', NaraClinicSettings);

declare global {
  interface HTMLElementTagNameMap {
    'nara-clinic-settings': NaraClinicSettings;
  }
}
