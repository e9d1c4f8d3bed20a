import type { Authenticator } from './http/auth.js';
import { AccessControl } from './services/access.js';
import { ClinicDirectory } from './services/clinics.js';
import { ShortcutService } from './services/shortcuts.js';
import type { EventBus } from './stores/event-bus.js';
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
}

export function createContext(store: Store, authenticate: Authenticator, bus: EventBus): AppContext {
  const clinics = new ClinicDirectory();
  return {
    store,
    bus,
    shutdown: new AbortController(),
    authenticate,
    access: new AccessControl(store),
    clinics,
    shortcuts: new ShortcutService(store, clinics),
  };
}
