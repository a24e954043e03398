import { z } from "zod";
import { releasePeriodHelp, releasePeriodPattern } from "../graph/caseload-period.ts";
import { dateFormatHelp, parsePreciseDate } from "../graph/dates.ts";
import { agencyKinds, chargeStages, claimQualifiers, convictionMethods, offenseScopes, evidenceTiers, sourceKinds, victimAges } from "../graph/vocabulary.ts";

/**
 * The seed file format: YAML, one file per source or per case, each holding any of the
 * sections below. This schema is the one definition of the format: the importer validates
 * with it, TypeScript types are inferred from it, and `npm run schema` publishes it as
 * seed/schema.json for editors.
 *
 * Every record has a stable `id`, unique across all files; references are ids.
 */

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens, e.g. hsi-charleston")
  .describe("Stable id, unique across the whole graph");
const ref = (what: string) => id.describe(`The id of ${what}`);
const text = z.string().trim().min(1, "must not be empty");

const datePattern = /^(unknown|FY\d{4}|\d{4}(-\d{2}(-\d{2})?)?)$/;
export const preciseDate = z
  .string()
  .regex(datePattern, `must be ${dateFormatHelp}`)
  // The pattern goes into the JSON Schema; this catches what it cannot, such as 2023-02-30.
  .refine((value) => !datePattern.test(value) || parsePreciseDate(value) !== undefined, "is not a real calendar date")
  .describe(`When, with its precision: ${dateFormatHelp}`);

/** A day a source prints without a year: dated by the rule of dateFromRelease (src/graph/dates.ts). */
const yearFromRelease = z
  .strictObject({
    source: ref("the release that prints the day without a year, listed in the same file"),
    monthDay: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be MM-DD, e.g. 07-30")
      .describe("The day as printed, MM-DD"),
  })
  .optional()
  .describe(
    "Set when the source prints the day without a year. The date is then the latest day with that month and day on or before the release's published date; unknown when the release has no such date",
  );

const citation = z.strictObject({
  source: ref("a source"),
  locator: text.describe("Where in the source: section, paragraph, page or table"),
  supports: text.describe("One line, in our own words, of what the source supports here"),
});

/** Facts must cite at least one source. */
const sources = z.array(citation).min(1, "every fact needs at least one source").describe("Sources that state this");

const sourceRecord = z.strictObject({
  id,
  kind: z.enum(sourceKinds.values),
  publisher: text.nullable().describe("Who published it; null when the document does not say"),
  title: text,
  url: z.url().nullable().describe("The page we read; null when no URL is known"),
  mirrorOf: z
    .strictObject({
      publisher: text.describe("The original publisher the mirror names"),
      url: z.url().nullable(),
    })
    .optional()
    .describe("Set when the page read reproduces another publisher's document"),
  published: preciseDate,
  retrieved: preciseDate.describe("When we read it"),
  files: z
    .array(z.strictObject({ name: text, sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits") }))
    .optional()
    .describe("For a data release read from files (the caseload data): each file's name and SHA-256"),
  period: z
    .string()
    .regex(releasePeriodPattern, `must be ${releasePeriodHelp}`)
    .optional()
    .describe("For a caseload release: the period it covers, a fiscal year (FY2018) or a month (2024-09); of two releases, the one whose period ends later is newer"),
  notes: text.optional(),
});

const agencyRecord = z.strictObject({
  id,
  name: text,
  abbreviation: text.optional(),
  kind: z.enum(agencyKinds.values),
  partOf: ref("the parent agency").optional(),
  district: ref("the judicial district a U.S. Attorney's Office serves").optional(),
  sources,
});

const districtRecord = z.strictObject({
  id,
  name: text.describe('e.g. "Southern District of Texas"'),
  abbreviation: text.optional().describe('As cited, e.g. "S.D. Tex."; the id is written from it (docs/model.md)'),
  lionsCode: z
    .string()
    .regex(/^[A-Z]{2,3}$/, "must be two or three capital letters, e.g. TXS")
    .nullable()
    .default(null)
    .describe("The district's code in the U.S. Attorneys' caseload data (LIONS), e.g. TXS; null when no source gives it"),
  dojComponent: text
    .nullable()
    .default(null)
    .describe('The DOJ press-release component of its U.S. Attorney\'s Office, e.g. "USAO - Texas, Southern"; null when no source gives it'),
  dojComponentInferred: text.optional().describe("Set when the component is inferred (e.g. from the pattern of others): why"),
  sources,
});

const categoryRecord = z.strictObject({
  id,
  rank: z
    .number()
    .int()
    .positive()
    .optional()
    .describe("The family's place in the answer: a conviction counts once, under the first family of its charges; unranked families come last"),
  name: text,
  description: text,
  victimAge: z
    .enum(victimAges.values)
    .optional()
    .describe("For a statute that covers children and adults alike (§ 1591): the family applies only to charges whose victim's age is this"),
  childSexualExploitation: z.boolean().default(false).describe("Whether the answer's broad scope, child sexual exploitation, takes in this family"),
});

const statuteRecord = z.strictObject({
  id,
  section: text.describe('As cited, e.g. "18 U.S.C. § 2252A" or "18 U.S.C. § 2423(a)"'),
  title: text.describe("The section's official heading"),
  subsection: text.optional().describe("The subsection's own heading, or what it covers when it has none"),
  categories: z.array(ref("an offense category")).min(1),
  sources,
});

const claimRecord = z.strictObject({
  id,
  statement: text.describe("The claim, in our own words"),
  metric: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, "must be snake_case, e.g. convictions")
    .describe("What is counted, e.g. convictions, arrests, investigations_initiated"),
  value: z.number().int().nonnegative().nullable().describe("The figure; null when the claim gives none"),
  valueText: text.optional().describe('Words used instead of a figure, e.g. "hundreds"'),
  qualifier: z.enum(claimQualifiers.values),
  period: preciseDate.describe(`The period counted: ${dateFormatHelp}`),
  scopeAgency: ref("the agency whose work is counted (HSI alone, or all of DHS)"),
  scopeOffense: z.enum(offenseScopes.values),
  claimant: ref("the agency or source that makes the claim"),
  restates: z
    .strictObject({ claim: ref("the claim this one repeats"), note: text })
    .optional()
    .describe("Set when this claim repeats another's figure; the two are compared for discrepancies"),
  sources,
});

const investigationRecord = z.strictObject({
  id,
  title: text,
  operationName: text.optional(),
  summary: text,
  opened: preciseDate.default("unknown"),
  leadAgency: ref("the lead investigating agency"),
  partnerAgencies: z.array(ref("a partner agency")).default([]),
  notes: text.optional(),
  sources,
});

const prosecutionRecord = z.strictObject({
  id,
  title: text,
  investigation: ref("the investigation it arises from"),
  district: ref("the federal judicial district").nullable().describe("null when no source names it"),
  districtInferred: text.optional().describe("Set when the district is inferred (e.g. from a dateline): why"),
  docket: text.nullable().default(null),
  prosecutingOffice: ref("the prosecuting office").nullable().default(null),
  filed: preciseDate
    .optional()
    .describe("When the case was filed in court, when a source gives it (the caseload data: the filing date of the court-history row of its earliest conviction)"),
  programs: z
    .array(z.string().regex(/^[0-9A-Z]{3}$/, "must be a three-character program code, e.g. 080"))
    .optional()
    .describe("The U.S. Attorneys' program categories of the case, as the caseload data give them (080 Project Safe Childhood)"),
  notes: text.optional(),
  sources,
});

const defendantRecord = z
  .strictObject({
    id,
    prosecution: ref("the prosecution"),
    name: text.optional().describe("Only as a source prints it"),
    anonymousLabel: text.optional().describe('When no source prints a name, e.g. "defendant 3 of 4"'),
    notes: text.optional(),
    sources,
  })
  .refine((d) => (d.name === undefined) !== (d.anonymousLabel === undefined), {
    message: "give exactly one of name (as printed by a source) or anonymousLabel",
    path: ["name"],
  });

const statuteBasis = z.discriminatedUnion("basis", [
  z.strictObject({ basis: z.literal("stated"), statute: ref("a statute in the catalog") }),
  z.strictObject({
    basis: z.literal("inferred"),
    statute: ref("a statute in the catalog"),
    inference: text.describe("Why the words map to this statute"),
  }),
]);

const chargeRecord = z.strictObject({
  id,
  defendant: ref("the defendant"),
  description: text.describe("The charge in the source's words"),
  statute: statuteBasis.nullable().describe("null when no statute can be read or inferred"),
  category: z
    .strictObject({ category: ref("an offense category"), inference: text })
    .optional()
    .describe("When the statute is unknown: the category the words imply, and why"),
  victimAge: z
    .enum(victimAges.values)
    .default("not_stated")
    .describe("Whether the charge's sources say the victim was a minor or an adult (§ 1591 is child or adult sex trafficking by this alone)"),
  stage: z.enum(chargeStages.values).describe("convicted: convicted, by a plea or verdict the source does not name"),
  notes: text.optional(),
  sources,
});

const convictionRecord = z.strictObject({
  id,
  defendant: ref("the defendant"),
  charges: z.array(ref("a charge")).describe("The charges convicted on; empty when no source names them"),
  method: z.enum(convictionMethods.values),
  date: preciseDate.describe("The plea or verdict date"),
  yearFromRelease,
  trialBy: z.enum(["jury", "bench"]).optional().describe("For a verdict: by a jury or by the judge, when a source says"),
  evidenceTier: z
    .enum(evidenceTiers)
    .default("announced")
    .describe("announced (a public document), docketed (a court record) or counted (bulk caseload data, which names no one)"),
  caseloadKey: z
    .string()
    .regex(/^[A-Z0-9]+ \S+ \d+$/, "must be the district code, case id and participant id, separated by spaces")
    .optional()
    .describe("For a counted conviction: its key in the caseload data (district code, case id, participant id), the same in every release"),
  notes: text.optional(),
  sources,
});

const months = z.number().int().nonnegative();

const sentenceRecord = z.strictObject({
  id,
  defendant: ref("the defendant"),
  conviction: ref("the conviction").optional(),
  date: preciseDate,
  yearFromRelease,
  prison: z
    .union([months, z.enum(["life", "time_served", "unknown"])], {
      error: "must be a number of months, life, time_served or unknown",
    })
    .describe("Months in prison, or life, time_served, or unknown when no source read states it"),
  supervisedRelease: z
    .union([months, z.enum(["life", "unknown"])], { error: "must be a number of months, life or unknown" })
    .describe("Months of supervised release, or life, or unknown when no source read states it"),
  restitutionUsd: z.number().nonnegative().nullable(),
  notes: text.optional(),
  sources,
});

/** The schema of one record in each section. */
export const recordSchemas = {
  sources: sourceRecord,
  agencies: agencyRecord,
  districts: districtRecord,
  categories: categoryRecord,
  statutes: statuteRecord,
  claims: claimRecord,
  investigations: investigationRecord,
  prosecutions: prosecutionRecord,
  defendants: defendantRecord,
  charges: chargeRecord,
  convictions: convictionRecord,
  sentences: sentenceRecord,
};

export const seedFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    ...(Object.fromEntries(
      Object.entries(recordSchemas).map(([section, schema]) => [section, z.array(schema).optional()]),
    ) as { [S in keyof typeof recordSchemas]: z.ZodOptional<z.ZodArray<(typeof recordSchemas)[S]>> }),
  })
  .describe("A seed file of the child-trafficking enforcement provenance graph");

/** A file's outline: known sections holding lists. Records are then checked one by one. */
export const seedFileOutline = z.strictObject({
  $schema: z.string().optional(),
  ...(Object.fromEntries(Object.keys(recordSchemas).map((section) => [section, z.array(z.unknown()).optional()])) as {
    [S in keyof typeof recordSchemas]: z.ZodOptional<z.ZodArray<z.ZodUnknown>>;
  }),
});

export type SeedFile = z.output<typeof seedFileSchema>;

/** The sections of a seed file, in the order they are written, and the label each becomes. */
export const sections = {
  sources: "Source",
  agencies: "Agency",
  districts: "District",
  categories: "OffenseCategory",
  statutes: "Statute",
  claims: "Claim",
  investigations: "Investigation",
  prosecutions: "Prosecution",
  defendants: "Defendant",
  charges: "Charge",
  convictions: "Conviction",
  sentences: "Sentence",
} as const;
export type Section = keyof typeof sections;
export type Label = (typeof sections)[Section];
