import type { Authenticator } from './http/auth.js';
import { AccessControl } from './services/access.js';
import { AttachmentService } from './services/attachments.js';
import { BookingService } from './services/bookings.js';
import { CareTeamSimulator, type CareTeamSimulationOptions } from './services/care-team-simulator.js';
import { ChatService } from './services/chat.js';
import { ClinicDirectory } from './services/clinics.js';
import { ClinicSettingsService } from './services/clinic-settings.js';
import { InProcessConversationBus, type ConversationBus } from './services/conversation-bus.js';
import { nextStepResolver } from './services/next-steps.js';
import { DEFAULT_QUOTAS, type Quotas } from './services/quotas.js';
import { SlotSchedule } from './services/slots.js';
import type { PatientNotifier } from './services/notifier.js';
import { ShortcutService } from './services/shortcuts.js';
import { StaffService } from './services/staff.js';
import { ConsultationService } from './services/consultations.js';
import { VisitOfferService } from './services/visit-offers.js';
import { ErrandDirectory } from './services/errands.js';
import { FollowUpRecorder } from './services/follow-up.js';
import { TriageService } from './services/triage.js';
import type { ConversationRecord, Store } from './stores/store.js';
import { chatAvailability } from './services/chat-availability.js';

/** What every route module is given: the domain services and how to authenticate. */
export interface AppContext {
  store: Store;
  /** Aborted when the server shuts down: long-lived streams end on it. */
  shutdown: AbortController;
  authenticate: Authenticator;
  /** The gate to patient data: authorisation and the access log. */
  access: AccessControl;
  clinics: ClinicDirectory;
  /** Clinic settings admins change without code (audit-logged, in effect at once). */
  settings: ClinicSettingsService;
  shortcuts: ShortcutService;
  bookings: BookingService;
  attachments: AttachmentService;
  triage: TriageService;
  /** The server's clock: tests fix it. */
  now: () => Date;
  chat: ChatService;
  /** The care team's side of chats. */
  staff: StaffService;
  /** Staff asking colleagues for advice on an errand (never shown to the patient). */
  consultations: ConsultationService;
  /** Times staff offer in the chat and the patient confirms. */
  visitOffers: VisitOfferService;
  /** The patient's errands ("Mina ärenden"). */
  errands: ErrandDirectory;
  /** Keeps each closed errand's outcome for the indicators. */
  followUp: FollowUpRecorder;
  /** Tells event streams that a conversation has new events (across processes with PostgreSQL). */
  conversationBus: ConversationBus;
  /** The scripted care team, when the app simulates one (demo, Storybook, tests). */
  careTeam?: CareTeamSimulator;
  /** Milliseconds between SSE heartbeat comments. */
  heartbeatMs: number;
  /** What one patient may hold at once. */
  quotas: Quotas;
  /** Open event streams per person (this process). */
  streams: Map<string, number>;
  maxStreamsPerSubject: number;
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
  /** Tells patients outside the chat that the care team wrote (`logNotifier`, `webhookNotifier`; the Node server logs by default). */
  notifier?: PatientNotifier;
  /** Where video invitations point (a room id is appended). Default: a placeholder that says to configure it. */
  videoBaseUrl?: string;
  /** Limits per patient; each unset one has its default (`DEFAULT_QUOTAS`). */
  quotas?: Partial<Quotas>;
  /** Event streams one person may hold open at once (default 5). */
  maxStreamsPerSubject?: number;
  /** How stale another process's settings change may be before this one reads it (ms, default 2 000). */
  settingsRefreshMs?: number;
}

export function createContext(store: Store, authenticate: Authenticator, options: ContextOptions = {}): AppContext {
  const clinics = new ClinicDirectory();
  const now = options.now ?? (() => new Date());
  const access = new AccessControl(store, now);
  const quotas = { ...DEFAULT_QUOTAS, ...options.quotas };
  const schedule = options.schedule ?? new SlotSchedule();
  const settings = new ClinicSettingsService(store, clinics.byId, (clinic) => schedule.base(clinic), now, options.settingsRefreshMs);
  clinics.settings = settings;
  schedule.settings = (clinic) => (clinics.has(clinic) && schedule.base(clinic) ? settings.current(clinic).schedule : undefined);
  const bookings = new BookingService(store, clinics, schedule, now, quotas);
  const conversationBus = options.conversationBus ?? new InProcessConversationBus();
  const chat = new ChatService(store, clinics, conversationBus, now, quotas);
  chat.notifier = options.notifier;
  let careTeam: CareTeamSimulator | undefined;
  if (options.simulateCareTeam) {
    const availability = (r: ConversationRecord) => chatAvailability(clinics.seed(r.clinic).openingHours, r.profession, now());
    careTeam = new CareTeamSimulator(chat, store, { availability, now, ...(options.simulateCareTeam === true ? {} : options.simulateCareTeam) });
    chat.careTeam = careTeam;
  }
  return {
    store,
    shutdown: new AbortController(),
    authenticate,
    access,
    clinics,
    settings,
    shortcuts: new ShortcutService(store, clinics),
    bookings,
    attachments: new AttachmentService(store, now, quotas),
    triage: new TriageService(store, clinics, now, undefined, nextStepResolver(clinics, bookings, now)),
    now,
    chat,
    staff: new StaffService(store, chat, access, options.videoBaseUrl ?? 'https://video.example.invalid/room', clinics, now),
    errands: new ErrandDirectory(store, clinics, access),
    consultations: new ConsultationService(store, access, conversationBus, now),
    visitOffers: new VisitOfferService(store, chat, bookings, access, now),
    followUp: new FollowUpRecorder(store, clinics, now),
    conversationBus,
    careTeam,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    quotas,
    streams: new Map(),
    maxStreamsPerSubject: options.maxStreamsPerSubject ?? 5,
  };
}
