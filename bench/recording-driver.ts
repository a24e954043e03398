import type { Driver } from "neo4j-driver";

export interface RecordedQuery {
  query: string;
  parameters: Record<string, unknown>;
  /** The driver options the API passed: database and routing. */
  config: unknown;
}

/**
 * The real driver, noting every query the API sends through `executeQuery`: its text and
 * parameters, so the benchmark can send the very same query raw, and count round-trips.
 * Sessions are counted too (as a round-trip with no recorded text).
 */
export function recordingDriver(driver: Driver): { driver: Driver; take: () => (RecordedQuery | "session")[] } {
  let recorded: (RecordedQuery | "session")[] = [];
  const proxy = new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property === "executeQuery" && typeof value === "function") {
        return (query: string, parameters: Record<string, unknown> = {}, config: unknown = undefined) => {
          recorded.push({ query, parameters, config });
          return (value as (...a: unknown[]) => unknown).call(target, query, parameters, config);
        };
      }
      if (property === "session" && typeof value === "function") {
        return (...args: unknown[]) => {
          recorded.push("session");
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
  });
  return {
    driver: proxy,
    take: () => {
      const taken = recorded;
      recorded = [];
      return taken;
    },
  };
}
