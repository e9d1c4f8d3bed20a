import type { Page } from 'playwright-core';

/**
 * The strict policy Nära is tested under and the guide recommends (docs/guide.md). `lit-html` is the
 * one Trusted Types policy lit creates; 'allow-duplicates' lets a second, separate copy of the bundle
 * (a region's app bundle and a webmaster's script on one page) create it too.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

export interface CspWatch {
  violations: string[];
}

/** Collects every CSP report on `page`: `securitypolicyviolation` events, console errors about CSP or Trusted Types, uncaught errors. */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const watched: CspWatch = { violations: [] };
  await page.exposeFunction('reportViolation', (text: string) => watched.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
  page.on('console', (message) => {
    if (/content security policy|trusted type/i.test(message.text())) watched.violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.violations.push(`uncaught ${error.name}: ${error.message}`));
  return watched;
}
