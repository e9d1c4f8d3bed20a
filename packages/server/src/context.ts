import type { Authenticator } from './http/auth.js';
import { AttachmentService } from './services/attachments.js';
import { ClinicDirectory } from './services/clinics.js';
import { ShortcutService } from './services/shortcuts.js';
import { TriageService } from './services/triage.js';
import type { Store } from './stores/store.js';

/** What every route module is given: the domain services and how to authenticate. */
export interface AppContext {
  store: Store;
  authenticate: Authenticator;
  clinics: ClinicDirectory;
  shortcuts: ShortcutService;
  attachments: AttachmentService;
  triage: TriageService;
}

export function createContext(store: Store, authenticate: Authenticator): AppContext {
  const clinics = new ClinicDirectory();
  return {
    store,
    authenticate,
    clinics,
    shortcuts: new ShortcutService(store, clinics),
    attachments: new AttachmentService(store),
    triage: new TriageService(store, clinics),
  };
}
