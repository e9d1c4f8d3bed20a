import type { CareBackend } from '@nara/contract';
import type { BackendCache } from './backend-source.js';
import type { NaraConfig } from './context.js';
import type { Locale } from './locale.js';

/**
 * The module of the sign-in page's token (`sign-in.ts`), loaded with the first request that needs a token:
 * an element that never talks to a backend does not carry it.
 */
let signInModule: typeof import('./sign-in.js') | undefined;
const loadSignIn = () => import('./sign-in.js').then((module) => (signInModule = module));

/** The token the sign-in page handed back, or null. */
export const signedInToken = async (): Promise<string | null> => (signInModule ?? (await loadSignIn())).signedInToken();

/** Forgets the token from the sign-in page (the backend refused it). */
export function forgetSignIn(): void {
  if (signInModule) signInModule.forgetSignIn();
  else void loadSignIn().then((module) => module.forgetSignIn());
}

/** An element's own ways to a backend (its attributes), its language, and the provider's configuration. */
export interface BackendOwner {
  backend?: CareBackend;
  api?: string;
  demo: boolean;
  locale: () => Locale;
  provided?: NaraConfig;
}

/** The backend in force: the element's own when it has `backend`, `api` or `demo`, else the provider's. */
export function backendOf({ backend, api, demo, locale, provided }: BackendOwner, cache: BackendCache): Promise<CareBackend> {
  if (backend || api || demo || !provided) return cache.get({ backend, api, demo, locale, getToken: signedInToken });
  return provided.backend();
}
