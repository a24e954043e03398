/** Time as the harvest sees it: injected, so that tests count the waits instead of waiting. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The API's documentation: "Individual users issuing more than 4 requests per second will experience degraded performance and may be blocked entirely." */
export const requestsPerSecond = 4;

/**
 * Spaces requests at least 1000 / perSecond ms apart (start to start), so that no second ever
 * holds more than perSecond of them: a bucket with a burst would allow 4 at once, then 4 more.
 */
export function requestSpacing(clock: Clock, perSecond = requestsPerSecond): { wait(): Promise<void> } {
  const interval = 1000 / perSecond;
  let last: number | undefined;
  return {
    async wait() {
      const since = last === undefined ? Infinity : clock.now() - last;
      if (since < interval) await clock.sleep(interval - since);
      last = clock.now();
    },
  };
}
