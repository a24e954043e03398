import { createHash } from "node:crypto";
import { parsePreciseDate, toNeo4jDate } from "../graph/dates.ts";
import { termOf, termProperties } from "../graph/sentence.ts";
import { districtLookupProps } from "../graph/districts.ts";
import { sections, type Label, type SeedFile, type Section } from "./seed-schema.ts";

/** A relationship from the record's node, to a node referenced by id. */
export interface GraphRel {
  type: string;
  to: string;
  /** The labels the referenced node may have. */
  toLabels: readonly Label[];
  props: Record<string, unknown>;
  /** Where the reference is written, relative to the record. */
  field: PropertyKey[];
}

/** One seed record as it will be written: a node, its properties and its outgoing relationships. */
export interface GraphNode {
  label: Label;
  id: string;
  props: Record<string, unknown>;
  rels: GraphRel[];
  /** Changes whenever anything written for this record changes. */
  hash: string;
  file: string;
  /** Where the record is in its file, e.g. ["charges", 2]. */
  path: PropertyKey[];
}

type Records = { [S in Section]-?: NonNullable<SeedFile[S]>[number] };
type Rel = Omit<GraphRel, "toLabels"> & { toLabels: readonly Label[] };

const rel = (type: string, to: string, toLabels: Label | readonly Label[], field: PropertyKey[], props = {}): Rel => ({
  type,
  to,
  toLabels: typeof toLabels === "string" ? [toLabels] : toLabels,
  props,
  field,
});
const opt = <T>(value: T | null | undefined, make: (v: T) => Rel): Rel[] =>
  value === null || value === undefined ? [] : [make(value)];

/** Date fields become four properties: as written, precision, and the interval it may fall in. */
/** A day printed without a year: which source dated it, and the day as printed (MM-DD). */
function yearFromProps(given: { source: string; monthDay: string } | undefined): Record<string, unknown> {
  return { dateYearFrom: given?.source ?? null, datePrintedMonthDay: given?.monthDay ?? null };
}

function dateProps(name: string, text: string): Record<string, unknown> {
  const date = parsePreciseDate(text)!;
  return {
    [name]: date.text,
    [`${name}Precision`]: date.precision,
    [`${name}From`]: date.from === null ? null : toNeo4jDate(date.from),
    [`${name}To`]: date.to === null ? null : toNeo4jDate(date.to),
  };
}

/** What each kind of record writes. Citations are added for every record that has `sources`. */
const converters: { [S in Section]: (r: Records[S]) => { props: Record<string, unknown>; rels: Rel[] } } = {
  sources: (r) => ({
    props: {
      kind: r.kind,
      publisher: r.publisher,
      title: r.title,
      url: r.url,
      mirrorOfPublisher: r.mirrorOf?.publisher ?? null,
      mirrorOfUrl: r.mirrorOf?.url ?? null,
      ...dateProps("published", r.published),
      ...dateProps("retrieved", r.retrieved),
      fileNames: r.files?.map((f) => f.name) ?? null,
      fileSha256: r.files?.map((f) => f.sha256) ?? null,
      // Only a caseload release has a period; other sources keep the properties (and hashes) they had.
      ...(r.period === undefined ? {} : dateProps("period", r.period)),
      notes: r.notes ?? null,
    },
    rels: [],
  }),
  agencies: (r) => ({
    props: { name: r.name, abbreviation: r.abbreviation ?? null, kind: r.kind },
    rels: [
      ...opt(r.partOf, (to) => rel("PART_OF", to, "Agency", ["partOf"])),
      ...opt(r.district, (to) => rel("SERVES_DISTRICT", to, "District", ["district"])),
    ],
  }),
  districts: (r) => ({
    props: {
      name: r.name,
      abbreviation: r.abbreviation ?? null,
      lionsCode: r.lionsCode,
      dojComponent: r.dojComponent,
      dojComponentInferred: r.dojComponentInferred ?? null,
      ...districtLookupProps(r),
    },
    rels: [],
  }),
  categories: (r) => ({
    props: { name: r.name, description: r.description, rank: r.rank ?? null, victimAge: r.victimAge ?? null, childSexualExploitation: r.childSexualExploitation },
    rels: [],
  }),
  statutes: (r) => ({
    props: { section: r.section, title: r.title, subsection: r.subsection ?? null, name: r.section },
    rels: r.categories.map((to, i) => rel("IN_CATEGORY", to, "OffenseCategory", ["categories", i])),
  }),
  claims: (r) => ({
    props: {
      statement: r.statement,
      metric: r.metric,
      value: r.value,
      valueText: r.valueText ?? null,
      qualifier: r.qualifier,
      scopeOffense: r.scopeOffense,
      ...dateProps("period", r.period),
    },
    rels: [
      rel("SCOPE_AGENCY", r.scopeAgency, "Agency", ["scopeAgency"]),
      rel("CLAIMED_BY", r.claimant, ["Agency", "Source"], ["claimant"]),
      ...opt(r.restates, (x) => rel("RESTATES", x.claim, "Claim", ["restates", "claim"], { note: x.note })),
    ],
  }),
  investigations: (r) => ({
    props: {
      title: r.title,
      operationName: r.operationName ?? null,
      summary: r.summary,
      notes: r.notes ?? null,
      ...dateProps("opened", r.opened),
    },
    rels: [
      rel("LED_BY", r.leadAgency, "Agency", ["leadAgency"]),
      ...r.partnerAgencies.map((to, i) => rel("PARTNERED_WITH", to, "Agency", ["partnerAgencies", i])),
    ],
  }),
  prosecutions: (r) => ({
    props: {
      title: r.title,
      docket: r.docket,
      districtInferred: r.districtInferred ?? null,
      programs: r.programs ?? null,
      notes: r.notes ?? null,
      // Only when given: a prosecution without it keeps the properties (and hash) it had.
      ...(r.filed === undefined ? {} : dateProps("filed", r.filed)),
    },
    rels: [
      rel("ARISES_FROM", r.investigation, "Investigation", ["investigation"]),
      ...opt(r.district, (to) => rel("IN_DISTRICT", to, "District", ["district"])),
      ...opt(r.prosecutingOffice, (to) => rel("PROSECUTED_BY", to, "Agency", ["prosecutingOffice"])),
    ],
  }),
  defendants: (r) => ({
    props: {
      name: r.name ?? r.anonymousLabel,
      printedName: r.name ?? null,
      anonymousLabel: r.anonymousLabel ?? null,
      notes: r.notes ?? null,
    },
    rels: [rel("DEFENDANT_IN", r.prosecution, "Prosecution", ["prosecution"])],
  }),
  charges: (r) => ({
    props: { description: r.description, stage: r.stage, victimAge: r.victimAge, notes: r.notes ?? null },
    rels: [
      rel("CHARGED_AGAINST", r.defendant, "Defendant", ["defendant"]),
      ...opt(r.statute, (s) =>
        rel("UNDER_STATUTE", s.statute, "Statute", ["statute", "statute"], {
          basis: s.basis,
          inference: s.basis === "inferred" ? s.inference : null,
        }),
      ),
      ...opt(r.category, (c) =>
        rel("IN_CATEGORY", c.category, "OffenseCategory", ["category", "category"], {
          basis: "inferred",
          inference: c.inference,
        }),
      ),
    ],
  }),
  convictions: (r) => ({
    props: { method: r.method, trialBy: r.trialBy ?? null, evidenceTier: r.evidenceTier, caseloadKey: r.caseloadKey ?? null, notes: r.notes ?? null, ...dateProps("date", r.date), ...yearFromProps(r.yearFromRelease) },
    rels: [
      rel("CONVICTS", r.defendant, "Defendant", ["defendant"]),
      ...r.charges.map((to, i) => rel("ON_CHARGE", to, "Charge", ["charges", i])),
    ],
  }),
  sentences: (r) => ({
    props: {
      ...termProperties("prison", termOf(r.prison)),
      ...termProperties("supervisedRelease", termOf(r.supervisedRelease)),
      restitutionUsd: r.restitutionUsd,
      notes: r.notes ?? null,
      ...dateProps("date", r.date),
      ...yearFromProps(r.yearFromRelease),
    },
    rels: [
      rel("SENTENCES", r.defendant, "Defendant", ["defendant"]),
      ...opt(r.conviction, (to) => rel("FOR_CONVICTION", to, "Conviction", ["conviction"])),
    ],
  }),
};

/** The node, properties and relationships one validated record describes. */
export function recordToGraph<S extends Section>(section: S, record: Records[S], file: string, index: number): GraphNode {
  const { props, rels } = (converters[section] as (r: Records[S]) => { props: Record<string, unknown>; rels: Rel[] })(
    record,
  );
  const citations = "sources" in record ? record.sources : [];
  const allRels = [
    ...rels,
    ...citations.map((c, i) =>
      rel("CITES", c.source, "Source", ["sources", i, "source"], { locator: c.locator, supports: c.supports }),
    ),
  ];
  const node = { label: sections[section], id: record.id, props: { ...props, recordFile: file }, rels: allRels };
  return { ...node, hash: hashOf(node), file, path: [section, index] };
}

function hashOf(node: Pick<GraphNode, "label" | "id" | "props" | "rels">): string {
  // A Neo4j Date serializes as its fields ({"year":...}): no replacer, which cost more than
  // the hashing itself in a profile of a 10^5-case load.
  return createHash("sha256").update(JSON.stringify(node)).digest("hex").slice(0, 32);
}
