/** Runs `task` when the browser is idle (soon after load at the latest). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 4000 });
  else setTimeout(task, 500);
}

/** Resolves when the browser is idle (soon after load at the latest). */
export const idle = (): Promise<void> => new Promise((resolve) => whenIdle(resolve));
