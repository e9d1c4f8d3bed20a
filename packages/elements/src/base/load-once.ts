/**
 * A lazily imported module, loaded the first time it is asked for and shared after that. A failed
 * import is tried again the next time, so a dropped connection does not leave it missing for good.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error) => {
      pending = undefined;
      throw error;
    }));
}
