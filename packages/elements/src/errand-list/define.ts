import { NaraErrandList } from './errand-list.js';
import { define } from '../base/define-element.js';

define('nara-errand-list', NaraErrandList);

declare global {
  interface HTMLElementTagNameMap {
    'nara-errand-list': NaraErrandList;
  }
}
