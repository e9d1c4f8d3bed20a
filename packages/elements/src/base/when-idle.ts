/**
 * Runs `task` when the browser is idle once the page has loaded (soon after at the latest): what is loaded
 * ahead of need then does not compete with the page's own scripts, styles and images for a slow connection.
 */
export function whenIdle(task: () => void): void {
  if (typeof document !== 'undefined' && document.readyState !== 'complete') {
    addEventListener('load', () => whenIdle(task), { once: true });
    return;
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 4000 });
  else setTimeout(task, 500);
}

/** Resolves when the browser is idle once the page has loaded (soon after at the latest). */
export const idle = (): Promise<void> => new Promise((resolve) => whenIdle(resolve));
