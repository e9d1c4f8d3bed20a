import { NaraShortcutList } from './shortcut-list.js';
import { define } from '../base/define-element.js';

define('nara-shortcut-list', NaraShortcutList);

declare global {
  interface HTMLElementTagNameMap {
    'nara-shortcut-list': NaraShortcutList;
  }
}
