import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  ConvictionTallyDocument,
  TallyInWindowDocument,
  TallyNotPlaceableDocument,
  TallyPartnerOnlyDocument,
  TallyPendingChargesDocument,
  type ConvictionTallyQuery,
  type ConvictionTallyQueryVariables,
} from "../api/generated/operations.ts";

type TallyFields = ConvictionTallyQuery["convictionTally"];
export type ConvictionFields = TallyFields["inWindow"]["edges"][number]["node"];
export type ChargeFields = TallyFields["pendingCharges"]["edges"][number]["node"];

/** The tally with every item of its lists, fetched a page at a time as any client would. */
export type WholeTally = Omit<TallyFields, "inWindow" | "notPlaceable" | "pendingCharges"> & {
  inWindow: ConvictionFields[];
  notPlaceable: ConvictionFields[];
  partnerOnly: ConvictionFields[];
  pendingCharges: ChargeFields[];
};

export type Run = <R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V) => Promise<R>;
type Connection<T> = { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

export async function fetchWholeTally(run: Run, variables: ConvictionTallyQueryVariables): Promise<WholeTally> {
  const { convictionTally: first } = await run(ConvictionTallyDocument, variables);
  const rest = async <T>(page: Connection<T>, next: (after: string) => Promise<Connection<T>>): Promise<T[]> => {
    const items = page.edges.map((e) => e.node);
    for (let current = page; current.pageInfo.hasNextPage; ) {
      current = await next(current.pageInfo.endCursor!);
      items.push(...current.edges.map((e) => e.node));
    }
    return items;
  };
  return {
    ...first,
    inWindow: await rest(first.inWindow, async (after) => (await run(TallyInWindowDocument, { ...variables, after })).convictionTally.inWindow),
    notPlaceable: await rest(first.notPlaceable, async (after) => (await run(TallyNotPlaceableDocument, { ...variables, after })).convictionTally.notPlaceable),
    // Its own query from the first page: one more list of 100 would pass the cost limit (src/api/query-limits.ts).
    partnerOnly: await rest((await run(TallyPartnerOnlyDocument, variables)).convictionTally.partnerOnly, async (after) => (await run(TallyPartnerOnlyDocument, { ...variables, after })).convictionTally.partnerOnly),
    pendingCharges: await rest(first.pendingCharges, async (after) => (await run(TallyPendingChargesDocument, { ...variables, after })).convictionTally.pendingCharges),
  };
}
