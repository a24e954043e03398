import { DojFetchError } from "../../errors.ts";
import type { Clock } from "./rate-limit.ts";

export interface FetchJsonOptions {
  /** Tries in all, the first included. */
  attempts: number;
  clock: Clock;
  /** Called before every request, retries included (the rate limit). */
  beforeRequest: () => Promise<void>;
  fetch?: typeof fetch;
  progress?: (line: string) => void;
}

/** Exponential backoff: 1 s, 2 s, 4 s … at most a minute. */
export const backoffMs = (failedAttempts: number) => Math.min(60_000, 1000 * 2 ** (failedAttempts - 1));
/** A Retry-After is honoured up to this long; a server asking for more gets this. */
const longestRetryAfterMs = 600_000;
const requestTimeoutMs = 60_000;

/**
 * GETs a URL's JSON. A 429, a 5xx, no answer, and a body that does not parse (a page cut off in
 * transit) are tried again after a wait: the server's Retry-After when it gives one, else the
 * backoff. After `attempts` tries, or at once on any other status, a DojFetchError names the
 * URL, what went wrong and how many attempts were made.
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  const get = options.fetch ?? fetch;
  let last = "";
  for (let attempt = 1; ; attempt++) {
    await options.beforeRequest();
    let retryAfterMs: number | undefined;
    try {
      const response = await get(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(requestTimeoutMs) });
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      if (response.status !== 429 && response.status < 500 && !response.ok) {
        await response.body?.cancel();
        throw new DojFetchError(`${url} answered ${status}; not tried again (only 429 and 5xx are).`);
      }
      retryAfterMs = retryAfter(response.headers.get("retry-after"), options.clock.now());
      const text = await response.text();
      if (response.ok) {
        try {
          return JSON.parse(text);
        } catch (error) {
          last = `${status} with a body that is not JSON (${(error as Error).message}, ${text.length} characters)`;
        }
      } else last = status;
    } catch (error) {
      if (error instanceof DojFetchError) throw error;
      last = `no complete answer (${describeFailure(error)})`;
    }
    if (attempt >= options.attempts) {
      throw new DojFetchError(`Gave up on ${url} after ${attempt} attempt${attempt === 1 ? "" : "s"}; the last: ${last}.`);
    }
    const wait = retryAfterMs ?? backoffMs(attempt);
    options.progress?.(`  ${last}; trying again in ${wait / 1000} s (attempt ${attempt + 1} of ${options.attempts})`);
    await options.clock.sleep(wait);
  }
}

/** Retry-After as seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
function retryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const ms = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isNaN(ms) ? undefined : Math.min(longestRetryAfterMs, Math.max(0, ms));
}

function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
