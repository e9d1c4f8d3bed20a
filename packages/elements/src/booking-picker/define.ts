import { NaraBookingPicker } from './booking-picker.js';
import { define } from '../base/define-element.js';

define('nara-booking-picker', NaraBookingPicker);

declare global {
  interface HTMLElementTagNameMap {
    'nara-booking-picker': NaraBookingPicker;
  }
}
