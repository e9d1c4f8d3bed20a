import { NaraChatPanel } from './chat-panel.js';

if (!customElements.get('nara-chat-panel')) customElements.define('nara-chat-panel', NaraChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'nara-chat-panel': NaraChatPanel;
  }
}

export { NaraChatPanel };
