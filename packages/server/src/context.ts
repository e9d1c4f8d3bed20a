import type { Authenticator } from './http/auth.js';
import { AccessControl } from './services/access.js';
import { AttachmentService } from './services/attachments.js';
import { BookingService } from './services/bookings.js';
import { ClinicDirectory } from './services/clinics.js';
import { SlotSchedule } from './services/slots.js';
import { ShortcutService } from './services/shortcuts.js';
import { createInProcessBus, type EventBus } from './stores/event-bus.js';
import { TriageService } from './services/triage.js';
import type { Store } from './stores/store.js';

/** What every route module is given: the domain services and how to authenticate. */
export interface AppContext {
  store: Store;
  /** Tells every server process what happened (chat fan-out). */
  bus: EventBus;
  /** Aborted when the server shuts down: long-lived streams end on it. */
  shutdown: AbortController;
  authenticate: Authenticator;
  /** The gate to patient data: authorisation and the access log. */
  access: AccessControl;
  clinics: ClinicDirectory;
  shortcuts: ShortcutService;
  bookings: BookingService;
  triage: TriageService;
  attachments: AttachmentService;
  /** The server's clock: tests fix it. */
  now: () => Date;
}

export interface ContextOptions {
  /** Cross-process events (PostgreSQL LISTEN/NOTIFY); default in-process. */
  bus?: EventBus;
  now?: () => Date;
  schedule?: SlotSchedule;
}

export function createContext(store: Store, authenticate: Authenticator, options: ContextOptions = {}): AppContext {
  const clinics = new ClinicDirectory();
  const now = options.now ?? (() => new Date());
  const bookings = new BookingService(store, clinics, options.schedule ?? new SlotSchedule(), now);
  return {
    store,
    bus: options.bus ?? createInProcessBus(),
    shutdown: new AbortController(),
    authenticate,
    access: new AccessControl(store, now),
    clinics,
    shortcuts: new ShortcutService(store, clinics),
    bookings,
    attachments: new AttachmentService(store),
    triage: new TriageService(store, clinics, now),
    now,
  };
}
