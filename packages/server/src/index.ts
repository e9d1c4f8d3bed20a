export { createApp, type AppOptions } from './app.js';
export { createMemoryStore } from './stores/memory-store.js';
export type { Store, ShortcutRef } from './stores/store.js';
export { testAuthenticator, type Authenticator, type Person } from './http/auth.js';
export { clinicSeeds } from './seed/clinics.js';
export type { ConversationRecord, NewChatEvent, AppendResult } from './stores/store.js';
export { InProcessConversationBus, type ConversationBus } from './services/conversation-bus.js';
export type { CareTeamSimulationOptions } from './services/care-team-simulator.js';
export { chatAvailability } from './services/chat-availability.js';
