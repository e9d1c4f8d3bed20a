import { NaraShortcutTile } from './shortcut-tile.js';
import { define } from '../base/define-element.js';

define('nara-shortcut-tile', NaraShortcutTile);

declare global {
  interface HTMLElementTagNameMap {
    'nara-shortcut-tile': NaraShortcutTile;
  }
}
