import type { Authenticator } from './http/auth.js';
import { AttachmentService } from './services/attachments.js';
import { BookingService } from './services/bookings.js';
import { CareTeamSimulator, type CareTeamSimulationOptions } from './services/care-team-simulator.js';
import { ChatService } from './services/chat.js';
import { ClinicDirectory } from './services/clinics.js';
import { InProcessConversationBus, type ConversationBus } from './services/conversation-bus.js';
import { SlotSchedule } from './services/slots.js';
import { ShortcutService } from './services/shortcuts.js';
import { TriageService } from './services/triage.js';
import type { Store } from './stores/store.js';

/** What every route module is given: the domain services and how to authenticate. */
export interface AppContext {
  store: Store;
  authenticate: Authenticator;
  clinics: ClinicDirectory;
  shortcuts: ShortcutService;
  bookings: BookingService;
  triage: TriageService;
  attachments: AttachmentService;
  /** The server's clock: tests fix it. */
  now: () => Date;
  chat: ChatService;
  /** Tells event streams that a conversation has new events. */
  conversationBus: ConversationBus;
  /** The scripted care team, when the app simulates one (demo, Storybook, tests). */
  careTeam?: CareTeamSimulator;
  /** Milliseconds between SSE heartbeat comments. */
  heartbeatMs: number;
}

export interface ContextOptions {
  now?: () => Date;
  schedule?: SlotSchedule;
  /** How streams hear about new conversation events (default: in-process; PostgreSQL LISTEN/NOTIFY plugs in here). */
  conversationBus?: ConversationBus;
  /** A scripted care team answers chats (demo, Storybook); `{ delay }` makes its timers instant in tests. */
  simulateCareTeam?: boolean | CareTeamSimulationOptions;
  /** Milliseconds between SSE heartbeat comments (default 15 000). */
  heartbeatMs?: number;
}

export function createContext(store: Store, authenticate: Authenticator, options: ContextOptions = {}): AppContext {
  const clinics = new ClinicDirectory();
  const now = options.now ?? (() => new Date());
  const bookings = new BookingService(store, clinics, options.schedule ?? new SlotSchedule(), now);
  const conversationBus = options.conversationBus ?? new InProcessConversationBus();
  const chat = new ChatService(store, clinics, conversationBus, now);
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
    bookings,
    attachments: new AttachmentService(store),
    triage: new TriageService(store, clinics, now),
    now,
    chat,
    conversationBus,
    careTeam,
    heartbeatMs: options.heartbeatMs ?? 15_000,
  };
}
