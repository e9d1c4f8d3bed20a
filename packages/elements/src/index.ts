// Classes and types only: importing this registers nothing. Register with `@nara/elements/<name>/define.js` or `nara.ts`.
export { NaraElement } from './base/nara-element.js';
export { naraContext, type NaraConfig } from './base/context.js';
export { NaraProvider } from './provider/provider.js';
export { NaraShortcutTile } from './shortcut-tile/shortcut-tile.js';
export { NaraShortcutList } from './shortcut-list/shortcut-list.js';
export { NaraChatPanel } from './chat-panel/chat-panel.js';
export type * from './events.js';
