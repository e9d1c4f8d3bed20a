import { NaraStaffQueue } from './staff-queue.js';
import { define } from '../base/define-element.js';

define('nara-staff-queue', NaraStaffQueue);

declare global {
  interface HTMLElementTagNameMap {
    'nara-staff-queue': NaraStaffQueue;
  }
}
