import { NaraChatPanel } from './chat-panel.js';
import { define } from '../base/define-element.js';

define('nara-chat-panel', NaraChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'nara-chat-panel': NaraChatPanel;
  }
}
