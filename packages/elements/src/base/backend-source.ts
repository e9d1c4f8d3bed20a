import type { CareBackend } from '@nara/contract';
import type { Locale } from './locale.js';

export interface BackendSource {
  api?: string;
  demo?: boolean;
  backend?: CareBackend;
  getToken?: () => Promise<string | null> | string | null;
  locale: () => Locale;
}

/**
 * The backend an element or provider talks to: one given as an object, the in-page demo (loaded
 * only when asked for), or the HTTP contract at `api`.
 */
export async function resolveBackend(source: BackendSource): Promise<CareBackend> {
  if (source.backend) return source.backend;
  if (source.demo) {
    const { createDemoBackend } = await import('@nara/demo');
    return createDemoBackend({ locale: source.locale, getToken: source.getToken });
  }
  if (source.api) {
    // the HTTP client alone: the chat's streaming parts load with the chat
    const { HttpBackend } = await import('@nara/client/http');
    return new HttpBackend({ baseUrl: new URL(source.api, document.baseURI).href, getToken: source.getToken, locale: source.locale });
  }
  // the error type comes with the error: an element that always has a backend does not carry it
  const { NaraError } = await import('./nara-error.js');
  throw new NaraError('config', 'No backend: set the `api` or `demo` attribute, or wrap the element in <nara-provider>');
}

/** Caches the resolved backend until one of its inputs changes. */
export class BackendCache {
  private key?: string;
  private value?: Promise<CareBackend>;

  get(source: BackendSource): Promise<CareBackend> {
    const key = `${source.api ?? ''}|${source.demo ? 1 : 0}`;
    if (!this.value || key !== this.key || source.backend) {
      this.key = key;
      this.value = resolveBackend(source);
      // a failed resolution is not cached
      this.value.catch(() => (this.value = undefined));
    }
    return this.value;
  }
}
