import { NaraShortcutTile } from './shortcut-tile.js';
import { define } from '../base/define-element.js';

// The typed `nara-*` events (HTMLElementEventMap) come with the tag: `e.detail` is typed after this import alone.
export type { NaraEventMap } from '../events.js';

define('nara-shortcut-tile', NaraShortcutTile);

declare global {
  interface HTMLElementTagNameMap {
    'nara-shortcut-tile': NaraShortcutTile;
  }
}
