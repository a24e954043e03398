import { z } from "zod";
import { defineQuery, optionalRow } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { agencyNode, citation, dateOf, nullableText, sortCitations, type Agency, type Citation } from "./columns.ts";
import { chargeColumn, chargeOf, type Charge } from "./convictions.ts";
import type { PreciseDate } from "./dates.ts";
import { sentenceColumn, sentenceOf, type Sentence } from "./sentence.ts";
import { convictionMethods, type ValueOf } from "./vocabulary.ts";

/**
 * The provenance of a fact of a case: the whole case as a tree, investigation → prosecutions →
 * defendants → their charges and convictions → each conviction's sentences, every node with
 * its sources. Asked from any node of the case, the tree is the same; `focus` says which.
 */
export interface CaseTree {
  focus: string;
  focusLabel: CaseLabel;
  investigation: InvestigationNode;
}

export interface InvestigationNode {
  id: string;
  title: string;
  operationName: string | null;
  summary: string;
  opened: PreciseDate;
  leadAgency: Agency;
  /** The agencies above the lead, from its parent up to the top of its hierarchy. */
  leadAgencyParents: Agency[];
  partnerAgencies: Agency[];
  citations: Citation[];
  prosecutions: ProsecutionNode[];
}

export interface ProsecutionNode {
  id: string;
  title: string;
  docket: string | null;
  districtId: string | null;
  district: string | null;
  districtInferred: string | null;
  citations: Citation[];
  defendants: DefendantNode[];
}

export interface DefendantNode {
  id: string;
  name: string;
  /** True when a source prints the name; otherwise `name` is an anonymous label. */
  named: boolean;
  citations: Citation[];
  charges: Charge[];
  convictions: ConvictionNode[];
  /** Sentences whose sources do not say which conviction they are for. */
  otherSentences: Sentence[];
}

export interface ConvictionNode {
  id: string;
  method: ValueOf<typeof convictionMethods>;
  /** The plea or verdict date, as its sources give it. */
  date: PreciseDate;
  /** The charges it is on. */
  chargeIds: string[];
  citations: Citation[];
  sentences: Sentence[];
}

/** The labels of the nodes a case is made of: where provenance may start. */
export const caseLabels = ["Investigation", "Prosecution", "Defendant", "Charge", "Conviction", "Sentence"] as const;
export type CaseLabel = (typeof caseLabels)[number];

const cited = z.array(citation).transform(sortCitations);
const agency = agencyNode.extend({ citations: cited });

const tree = z.looseObject({
  id: z.string(),
  title: z.string(),
  operationName: nullableText,
  summary: z.string(),
  citations: cited,
  lead: agency,
  leadParents: z.array(agency),
  partners: z.array(agency),
  prosecutions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      docket: nullableText,
      districtInferred: nullableText,
      district: z.object({ id: z.string(), name: z.string() }).nullable(),
      citations: cited,
      defendants: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          printedName: nullableText,
          citations: cited,
          charges: z.array(chargeColumn.extend({ citations: z.array(citation) })),
          convictions: z.array(
            z.looseObject({
              id: z.string(),
              method: z.enum(convictionMethods.values),
              chargeIds: z.array(z.string()),
              citations: cited,
              sentences: z.array(sentenceColumn),
            }),
          ),
          otherSentences: z.array(sentenceColumn),
        }),
      ),
    }),
  ),
});

const caseTreeQuery = defineQuery("provenance/case_tree", optionalRow(z.object({ label: z.string(), investigation: tree.nullable() })));

/** What provenance finds for an id: the case's tree, no node at all, or a node outside any case. */
export type ProvenanceResult = { kind: "tree"; tree: CaseTree } | { kind: "unknown" } | { kind: "outside_case"; label: string };

export async function provenance(db: QueryRunner, id: string): Promise<ProvenanceResult> {
  const row = await db.read(caseTreeQuery, { id });
  if (row === undefined) return { kind: "unknown" };
  const label = caseLabels.find((l) => l === row.label);
  if (row.investigation === null || label === undefined) return { kind: "outside_case", label: row.label };
  const inv = row.investigation;
  return {
    kind: "tree",
    tree: {
      focus: id,
      focusLabel: label,
      investigation: {
        id: inv.id,
        title: inv.title,
        operationName: inv.operationName,
        summary: inv.summary,
        opened: dateOf(inv, "opened"),
        leadAgency: inv.lead,
        leadAgencyParents: inv.leadParents,
        partnerAgencies: inv.partners,
        citations: inv.citations,
        prosecutions: inv.prosecutions.map((p) => ({
          id: p.id,
          title: p.title,
          docket: p.docket,
          districtId: p.district?.id ?? null,
          district: p.district?.name ?? null,
          districtInferred: p.districtInferred,
          citations: p.citations,
          defendants: p.defendants.map((d) => ({
            id: d.id,
            name: d.name,
            named: d.printedName !== null,
            citations: d.citations,
            charges: d.charges.map((ch) => chargeOf(ch, ch.citations)),
            convictions: d.convictions.map((c) => ({
              id: c.id,
              method: c.method,
              date: dateOf(c, "date"),
              chargeIds: c.chargeIds,
              citations: c.citations,
              sentences: c.sentences.map(sentenceOf),
            })),
            otherSentences: d.otherSentences.map(sentenceOf),
          })),
        })),
      },
    },
  };
}
