import { NaraSymptomForm } from './symptom-form.js';
import { define } from '../base/define-element.js';

define('nara-symptom-form', NaraSymptomForm);

declare global {
  interface HTMLElementTagNameMap {
    'nara-symptom-form': NaraSymptomForm;
  }
}
