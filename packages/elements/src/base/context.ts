import { createContext } from '@lit/context';
import type { CareBackend } from '@nara/contract';
import type { Locale } from './locale.js';

/** What `nara-provider` gives every element inside it, through shadow roots too. */
export interface NaraConfig {
  /** Resolves the backend (the demo backend is loaded lazily). */
  backend: () => Promise<CareBackend>;
  clinic?: string;
  locale?: Locale;
  /** False when the provider hides the note on unreviewed translations. */
  translationNote?: boolean;
}

export const naraContext = createContext<NaraConfig | undefined>(Symbol.for('nara-config'));
