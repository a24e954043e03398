import type { Driver } from "neo4j-driver";
import { recordingDriver } from "../../bench/recording-driver.ts";

/**
 * The real driver, with a count of the queries sent through it: `executeQuery` calls and
 * sessions opened. Used to prove one round-trip per root field; the benchmark's recording
 * driver does the noting.
 */
export function countingDriver(driver: Driver): { driver: Driver; roundTrips: () => number; reset: () => void } {
  const recording = recordingDriver(driver);
  let count = 0;
  const settle = () => (count += recording.take().length);
  return {
    driver: recording.driver,
    roundTrips: () => settle(),
    reset: () => {
      recording.take();
      count = 0;
    },
  };
}
