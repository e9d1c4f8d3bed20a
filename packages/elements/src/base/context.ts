import { createContext } from '@lit/context';
import type { CareBackend, Locale } from '@nara/contract';

/** What `nara-provider` gives every element inside it, through shadow roots too. */
export interface NaraConfig {
  /** Resolves the backend (the demo backend is loaded lazily). */
  backend: () => Promise<CareBackend>;
  clinic?: string;
  locale?: Locale;
}

export const naraContext = createContext<NaraConfig | undefined>(Symbol.for('nara-config'));
