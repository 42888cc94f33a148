/**
 * Waiting for a condition instead of sleeping a fixed time: a fixed sleep is either too long (slow tests) or, on a
 * busy machine, too short (flaky tests). Works in Node and in the browser tests alike.
 */

export interface WaitOptions {
  /** Give up after this many milliseconds (default 5000), with `message` in the error. */
  timeout?: number;
  /** Milliseconds between two checks (default 10). */
  interval?: number;
}

/**
 * Resolves with the first truthy value `condition` returns (it may be async); rejects after `timeout` ms saying what
 * was awaited. A condition that throws counts as "not yet" (e.g. an element not rendered yet); its last error is
 * reported on timeout.
 */
export async function waitUntil<T>(
  condition: () => T | Promise<T>,
  message: string | (() => string),
  { timeout = 5000, interval = 10 }: WaitOptions = {},
): Promise<NonNullable<T>> {
  const start = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() - start > timeout) {
      const what = typeof message === 'function' ? message() : message;
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeout} ms waiting until ${what}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
