import { NaraTriageResult } from './triage-result.js';
import { define } from '../base/define-element.js';

define('nara-triage-result', NaraTriageResult);

declare global {
  interface HTMLElementTagNameMap {
    'nara-triage-result': NaraTriageResult;
  }
}
