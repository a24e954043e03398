import type { Driver } from "neo4j-driver";
import { cypher } from "../db/cypher.ts";
import { toNeo4jDate } from "./dates.ts";

export type WindowStatus = "in" | "out" | "imprecise" | "unknown";

export interface ConvictionInWindow {
  id: string;
  /** The date that placed it, as written, and its precision; "unknown" when undated. */
  date: string;
  precision: string;
  /** Which event dated it: the plea or verdict, or (when that is unknown) the judgment at sentencing. */
  datedBy: "plea_or_verdict" | "judgment" | null;
  status: WindowStatus;
}

/**
 * How each conviction's date relates to a window, respecting its precision: a conviction
 * "in 2023" is inside "since 2023-01-01"; one dated FY2023 cannot be placed; one with no
 * date is neither in nor out. The plea or verdict dates a conviction; failing that, the
 * judgment at sentencing does.
 */
export async function convictionWindowStatus(
  driver: Driver,
  database: string,
  window: { since: string; until?: string },
  ids?: string[],
): Promise<ConvictionInWindow[]> {
  const { records } = await driver.executeQuery(
    cypher("conviction_window_status"),
    { since: toNeo4jDate(window.since), until: window.until === undefined ? null : toNeo4jDate(window.until), ids: ids ?? null },
    { database, routing: "READ" },
  );
  return records.map((r) => r.toObject() as ConvictionInWindow);
}
