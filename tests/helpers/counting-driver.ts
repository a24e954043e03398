import type { Driver } from "neo4j-driver";
import { recordingDriver, type RecordedQuery } from "../../bench/recording-driver.ts";

/**
 * The real driver, with a count of the queries sent through it: `executeQuery` calls and
 * sessions opened. Used to prove one round-trip per root field; the benchmark's recording
 * driver does the noting.
 */
export function countingDriver(driver: Driver): {
  driver: Driver;
  roundTrips: () => number;
  /** The queries sent since the last reset, with their parameters. */
  queries: () => RecordedQuery[];
  reset: () => void;
} {
  const recording = recordingDriver(driver);
  let sent: (RecordedQuery | "session")[] = [];
  const settle = () => (sent = [...sent, ...recording.take()]);
  return {
    driver: recording.driver,
    roundTrips: () => settle().length,
    queries: () => settle().filter((s): s is RecordedQuery => s !== "session"),
    reset: () => {
      recording.take();
      sent = [];
    },
  };
}
