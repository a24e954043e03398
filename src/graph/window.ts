import { Date as Neo4jDate } from "neo4j-driver";
import { toNeo4jDate } from "./dates.ts";
import type { ValueOf, windowStatuses } from "./vocabulary.ts";

export type WindowStatus = ValueOf<typeof windowStatuses>;

/** A date window, yyyy-mm-dd; `until` null when it is open. */
export interface Window {
  since: string;
  until: string | null;
}

/**
 * The window rule (docs/model.md). A date keeps its precision: it is stored as the interval it
 * may fall in, and it is `in` when that whole interval lies inside the window, `out` when
 * wholly outside, `imprecise` when it straddles an edge (FY2023 against "since
 * 2023-01-01"), and `unknown` when nothing dates it. The Cypher that counts and lists
 * convictions applies the same comparisons to the stored placement, with the bounds from
 * `windowBounds`; a test holds the two to the same answers.
 */
export function windowStatus(date: { from: string | null; to: string | null }, window: Window): WindowStatus {
  if (date.from === null || date.to === null) return "unknown";
  const until = window.until ?? openEnd;
  if (date.to < window.since || date.from > until) return "out";
  if (date.from >= window.since && date.to <= until) return "in";
  return "imprecise";
}

/** The last day an open window reaches. */
const openEnd = "9999-12-31";

/** The window as the Cypher parameters $since and $until (an open window ends at 9999-12-31). */
export function windowBounds(window: Window): { since: Neo4jDate<number>; until: Neo4jDate<number> } {
  return { since: toNeo4jDate(window.since), until: toNeo4jDate(window.until ?? openEnd) };
}
