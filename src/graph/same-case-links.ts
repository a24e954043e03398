import { parsePreciseDate } from "./dates.ts";
import { plainWords, type CandidateFacts } from "./release-candidate.ts";

/**
 * Same-case links: an indictment release, a plea release and a sentencing release about one
 * defendant are one case only when a reviewer says so. The rule here draws the candidates for
 * that judgement, between two press-release candidates of different releases, with the
 * evidence a reviewer needs; it never joins anything itself (docs/model.md, Press releases:
 * same-case links). Pure: the graph side is src/graph/same-case-store.ts.
 */

/** What the rule compares of a candidate: its facts as reviewed (edits applied). */
export type SameCaseSide = Pick<CandidateFacts, "id" | "name" | "district" | "stage" | "pleaOrVerdictDate" | "sentenceDate" | "charges"> & {
  release: Pick<CandidateFacts["release"], "uuid" | "published">;
};

/** The evidence on a same-case edge: flat, so that it is the edge's properties. */
export interface SameCaseEvidence {
  /** The earlier release's candidate's name, and the later's. */
  nameA: string;
  nameB: string;
  /** How the names agree, in words: a reviewer reads it before anything else. */
  nameAgreement: string;
  district: string;
  /** The statute sections each side gives (18-usc-2252a for § 2252A(a)(2)), and those both give. */
  sectionsA: string[];
  sectionsB: string[];
  sharedSections: string[];
  /** A shared section that a side gives only as inferred from charge words. */
  sectionsInferred: boolean;
  stageA: string;
  stageB: string;
  publishedA: string | null;
  publishedB: string | null;
  pleaDateA: string | null;
  pleaDateB: string | null;
  sentenceDateA: string | null;
  sentenceDateB: string | null;
}

export interface SameCaseLink {
  /** `<a id>~<b id>`, a the earlier release's candidate. */
  id: string;
  a: string;
  b: string;
  evidence: SameCaseEvidence;
}

export const sameCaseLinkId = (a: string, b: string) => `${a}~${b}`;

/** Same-case link ids are two candidate ids (rc-…) joined by `~`. */
export const isSameCaseLinkId = (id: string) => id.startsWith("rc-") && id.includes("~");

const tokens = plainWords;

/**
 * Whether two printed names are one person's name, and how, in words; null when they are not.
 * Case, accents and punctuation never count. Beyond that, the first and last words must be the
 * same, and the middle words of one side must all be found, in order, among the other's: the
 * words left over are a middle name or initial given on one side only, and an initial on one
 * side may stand for a middle name on the other. Both are said in the evidence.
 */
export function namesAgree(a: string, b: string): string | null {
  if (a === b) return "the same name";
  const [ta, tb] = [tokens(a), tokens(b)];
  if (ta.join(" ") === tb.join(" ")) return "the same name once case, accents and punctuation are set aside";
  if (ta.length < 2 || tb.length < 2 || ta[0] !== tb[0] || ta.at(-1) !== tb.at(-1)) return null;
  const [ma, mb] = [ta.slice(1, -1), tb.slice(1, -1)];
  const [short, long, longSide] = ma.length <= mb.length ? [ma, mb, "later"] : [mb, ma, "earlier"];
  const extra: string[] = [];
  const initials: string[] = [];
  let at = 0;
  for (const word of short) {
    while (at < long.length && !sameMiddle(word, long[at]!)) extra.push(long[at++]!);
    if (at === long.length) return null;
    if (word !== long[at]) initials.push(ma.length <= mb.length ? `"${word}" ~ "${long[at]}"` : `"${long[at]}" ~ "${word}"`);
    at += 1;
  }
  extra.push(...long.slice(at));
  const said = [
    ...(extra.length === 0 ? [] : [`a middle name or initial on one side only (${extra.map((w) => `"${w}"`).join(" ")}, in the ${longSide} release)`]),
    ...(initials.length === 0 ? [] : [`an initial for a middle name (${initials.join(", ")}, earlier ~ later)`]),
  ];
  return `the same name but for ${said.join(" and ")}`;
}

/** A middle word and another: the same, or one is the other's initial. */
const sameMiddle = (x: string, y: string) => x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));

/** The statute section a charge gives: from the catalog id (18-usc-2252a-a-2 is 18-usc-2252a), else from the citation as printed. */
function sectionOf(charge: CandidateFacts["charges"][number]): string | null {
  if (charge.statute !== null) return /^\d+-usc-[a-z0-9]+/.exec(charge.statute)?.[0] ?? charge.statute;
  const m = /^(\d+) U\.S\.C\. § (\d+[A-Za-z]?)/.exec(charge.words);
  return m === null ? null : `${m[1]}-usc-${m[2]!.toLowerCase()}`;
}

/** Each section a side gives, and whether it gives it only as inferred from charge words. */
function sections(side: SameCaseSide): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const c of side.charges) {
    const section = sectionOf(c);
    if (section !== null) out.set(section, (out.get(section) ?? true) && c.basis === "inferred");
  }
  return out;
}

/** The stages in the order a case goes through them; a plea and a trial verdict are the same step. */
const stageStep = { charged: 0, pleaded: 1, convicted_at_trial: 1, sentenced: 2 } as const;

const releaseOrder = (x: SameCaseSide, y: SameCaseSide) => (x.release.published ?? "9999").localeCompare(y.release.published ?? "9999") || x.id.localeCompare(y.id);

/** A plea or verdict date surely after a sentencing date: the earliest the one may be is after the latest the other may be. */
function pleaAfterSentence(plea: string | null, sentence: string | null): boolean {
  const [p, s] = [plea === null ? undefined : parsePreciseDate(plea), sentence === null ? undefined : parsePreciseDate(sentence)];
  return p?.from != null && s?.to != null && p.from > s.to;
}

/**
 * The same-case candidate between two candidates, or null: never two of one release; the
 * names agree; the same district, both known; statutes that share a section, unless a side
 * gives none; and stages and dates in order: the later release's stage is not before the
 * earlier's (when both are dated and not on the same day, so that their order is known), and
 * no plea or verdict date is after a sentencing date.
 */
export function sameCaseBetween(x: SameCaseSide, y: SameCaseSide): SameCaseLink | null {
  if (x.release.uuid === y.release.uuid) return null;
  const [a, b] = releaseOrder(x, y) <= 0 ? [x, y] : [y, x];
  if (a.district === null || a.district !== b.district) return null;
  const nameAgreement = namesAgree(a.name, b.name);
  if (nameAgreement === null) return null;
  const [sa, sb] = [sections(a), sections(b)];
  const shared = [...sa.keys()].filter((s) => sb.has(s)).sort();
  if (sa.size > 0 && sb.size > 0 && shared.length === 0) return null;
  const ordered = a.release.published !== null && b.release.published !== null && a.release.published !== b.release.published;
  if (ordered && stageStep[b.stage] < stageStep[a.stage]) return null;
  for (const plea of [a.pleaOrVerdictDate, b.pleaOrVerdictDate]) {
    for (const sentence of [a.sentenceDate, b.sentenceDate]) if (pleaAfterSentence(plea, sentence)) return null;
  }
  return {
    id: sameCaseLinkId(a.id, b.id),
    a: a.id,
    b: b.id,
    evidence: {
      nameA: a.name,
      nameB: b.name,
      nameAgreement,
      district: a.district,
      sectionsA: [...sa.keys()].sort(),
      sectionsB: [...sb.keys()].sort(),
      sharedSections: shared,
      sectionsInferred: shared.some((s) => sa.get(s) === true || sb.get(s) === true),
      stageA: a.stage,
      stageB: b.stage,
      publishedA: a.release.published,
      publishedB: b.release.published,
      pleaDateA: a.pleaOrVerdictDate,
      pleaDateB: b.pleaOrVerdictDate,
      sentenceDateA: a.sentenceDate,
      sentenceDateB: b.sentenceDate,
    },
  };
}

/**
 * Every same-case candidate among these candidates, by id. Only candidates of one district
 * whose names share the first and last word can be linked, so only those are compared: a
 * year's releases compare in a blink.
 */
export function sameCaseLinks(sides: readonly SameCaseSide[]): SameCaseLink[] {
  const buckets = new Map<string, SameCaseSide[]>();
  for (const side of sides) {
    const t = tokens(side.name);
    if (side.district === null || t.length === 0) continue;
    const key = `${side.district} ${t[0]} ${t.at(-1)}`;
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [side]);
    else bucket.push(side);
  }
  const links: SameCaseLink[] = [];
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const link = sameCaseBetween(bucket[i]!, bucket[j]!);
        if (link !== null) links.push(link);
      }
    }
  }
  return links.sort((l, m) => l.id.localeCompare(m.id));
}
