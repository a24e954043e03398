import type { Driver } from "neo4j-driver";

/**
 * The real driver, with a count of the queries sent through it: `executeQuery` calls and
 * sessions opened. Used to prove one round-trip per root field.
 */
export function countingDriver(driver: Driver): { driver: Driver; roundTrips: () => number; reset: () => void } {
  let count = 0;
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if ((property === "executeQuery" || property === "session") && typeof value === "function") {
        return (...args: unknown[]) => {
          count += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
  });
  return { driver: counted, roundTrips: () => count, reset: () => (count = 0) };
}
