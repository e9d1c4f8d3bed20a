import { NaraChatPanel } from './chat-panel.js';
import { define } from '../base/define-element.js';

// The typed `nara-*` events (HTMLElementEventMap) come with the tag: `e.detail` is typed after this import alone.
export type { NaraEventMap } from '../events.js';

define('nara-chat-panel', NaraChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'nara-chat-panel': NaraChatPanel;
  }
}
