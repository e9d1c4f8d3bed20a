import { createContext } from '@lit/context';
import type { CareBackend } from '@nara/contract';
import type { Locale } from './locale.js';

/** What `nara-provider` gives every element inside it, through shadow roots too. */
export interface NaraConfig {
  /** Resolves the backend (the demo backend is loaded lazily). */
  backend: () => Promise<CareBackend>;
  clinic?: string;
  locale?: Locale;
  /** The host's sign-in page (`signin-url`), for the "Logga in" buttons. */
  signInUrl?: string;
  /** The host's token now (its `getToken`, else the sign-in page's), or null: whether the person is signed in. */
  token?: () => Promise<string | null>;
  /** False when the provider hides the note on unreviewed translations. */
  translationNote?: boolean;
}

export const naraContext = createContext<NaraConfig | undefined>(Symbol.for('nara-config'));
