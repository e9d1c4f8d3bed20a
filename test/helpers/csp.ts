import type { Page } from 'playwright-core';

/**
 * The strict policy Nära is tested under, the guide recommends (docs/guide.md) and the site serves
 * its pages with (`PAGE_CSP` in packages/server-node/src/site.ts).
 */
export { PAGE_CSP as STRICT_CSP } from '@nara/server-node/site';

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
