import type { Authenticator } from './http/auth.js';
import { AttachmentService } from './services/attachments.js';
import { BookingService } from './services/bookings.js';
import { ClinicDirectory } from './services/clinics.js';
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
}

export interface ContextOptions {
  now?: () => Date;
  schedule?: SlotSchedule;
}

export function createContext(store: Store, authenticate: Authenticator, options: ContextOptions = {}): AppContext {
  const clinics = new ClinicDirectory();
  const now = options.now ?? (() => new Date());
  const bookings = new BookingService(store, clinics, options.schedule ?? new SlotSchedule(), now);
  return { store, authenticate, clinics, shortcuts: new ShortcutService(store, clinics), bookings, attachments: new AttachmentService(store), triage: new TriageService(store, clinics, now), now };
}
