import type { Authenticator } from './http/auth.js';
import { CareTeamSimulator, type CareTeamSimulationOptions } from './services/care-team-simulator.js';
import { ChatService } from './services/chat.js';
import { ClinicDirectory } from './services/clinics.js';
import { InProcessConversationBus, type ConversationBus } from './services/conversation-bus.js';
import { ShortcutService } from './services/shortcuts.js';
import type { Store } from './stores/store.js';

/** What every route module is given: the domain services and how to authenticate. */
export interface AppContext {
  store: Store;
  authenticate: Authenticator;
  clinics: ClinicDirectory;
  shortcuts: ShortcutService;
  chat: ChatService;
  /** Tells event streams that a conversation has new events. */
  conversationBus: ConversationBus;
  /** The scripted care team, when the app simulates one (demo, Storybook, tests). */
  careTeam?: CareTeamSimulator;
  /** Milliseconds between SSE heartbeat comments. */
  heartbeatMs: number;
}

export interface ContextOptions {
  conversationBus?: ConversationBus;
  simulateCareTeam?: boolean | CareTeamSimulationOptions;
  now?: () => Date;
  heartbeatMs?: number;
}

export function createContext(store: Store, authenticate: Authenticator, options: ContextOptions = {}): AppContext {
  const clinics = new ClinicDirectory();
  const conversationBus = options.conversationBus ?? new InProcessConversationBus();
  const chat = new ChatService(store, clinics, conversationBus, options.now);
  let careTeam: CareTeamSimulator | undefined;
  if (options.simulateCareTeam) {
    careTeam = new CareTeamSimulator(chat, store, options.simulateCareTeam === true ? {} : options.simulateCareTeam);
    chat.careTeam = careTeam;
  }
  return {
    store,
    authenticate,
    clinics,
    shortcuts: new ShortcutService(store, clinics),
    chat,
    conversationBus,
    careTeam,
    heartbeatMs: options.heartbeatMs ?? 15_000,
  };
}
