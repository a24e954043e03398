import { userInfo } from "node:os";
import { settingsHelp } from "../config.ts";
import { ExpectedError } from "../errors.ts";
import { judgeLink, listLinks, showLink, type LinkStatus, type ListedLink } from "../graph/link-review.ts";
import { listCandidates, showCandidate } from "../graph/release-candidates.ts";
import { judgeCandidate } from "../ingest/doj/release-review.ts";
import { judgeSameCaseLink } from "../ingest/doj/same-case-judge.ts";
import { describeCandidate, editOf, editOptions, isCandidateId } from "./review-candidates.ts";
import { describeSameCaseLink } from "./review-same-case.ts";
import { isSameCaseLinkId } from "../graph/same-case-links.ts";
import { listSameCaseLinks, showSameCaseLink } from "../graph/same-case-review.ts";
import { linkStatuses } from "../graph/vocabulary.ts";
import { runCli } from "./run-cli.ts";
import { withGraph } from "./with-graph.ts";

const help = `Usage: npm run review -- list [--status open|accepted|rejected|all]
       npm run review -- show <id>
       npm run review -- accept <id> --why "..." [--as NAME]
       npm run review -- reject <id> --why "..." [--as NAME]
       npm run review -- edit <candidate id> --why "..." [--as NAME] [--name ...] [--district ID]
              [--stage charged|pleaded|convicted_at_trial|sentenced] [--method plea|trial|unknown]
              [--plea-date DATE] [--sentence-date DATE] [--prison-months N] [--life true|false]
              [--lead-agency ID] [--partner-agencies ID,ID] [--statutes ID,ID]

The review queue holds press-release candidates, same-case links between them, and candidate
links to the caseload data; nothing in it counts until a reviewer accepts it.

Press-release candidates (ids rc-<release uuid>-<name>), stored by npm run ingest:doj: one
defendant of one release, with the facts the extractor read and the words of each. Accepting
one writes its case into the graph (evidence tier announced): the investigation and its lead
agency, the prosecution and district, the defendant, the charges, and the conviction and
sentence as far as the release reports, each citing the release with the words as the locator.
Rejecting keeps the reason and writes nothing. edit corrects a field before (or after)
accepting: the field then cites the correction and its reason, not the extractor. A candidate
needs a district and a lead agency of the catalog to be accepted; DATE is as in the seed
files (2024-05-30, 2024-05, 2024, FY2024, unknown); "none" clears a field.

Same-case links (ids <earlier candidate id>~<later candidate id>) between two press-release
candidates of different releases that may be one defendant's case: an indictment release, a
plea release and a sentencing release. The graph draws one when the names agree (case,
accents and punctuation aside; a middle name or initial on one side only, or an initial for a
middle name, is allowed and said), the district is the same, the statutes share a section (or
a side gives none), the later release's stage is not before the earlier's, and no plea date is
after a sentencing date (docs/model.md, Press releases: same-case links). Names are never
merged: accepting a link, with both candidates accepted, makes them one case (one defendant,
conviction and sentence) citing each release for what it gave; rejecting it keeps them apart.
Links are drawn again whenever candidates are stored or judged; their judgements are kept.

Candidate links between a named conviction (from a press release or a court record) and a
counted one (from the U.S. Attorneys' caseload data, which names no one).
The graph draws a candidate when both are in the same district, their statutes overlap, their
prison terms are the same when both give one, and their conviction dates are within 3 days
when both are dated to the day, or else their date ranges overlap (docs/model.md, Candidate
links). A candidate is never merged: only an accepted judgement makes it a link, and only
accepted links count in the answer's coverage.

  list     the candidates and links, open ones by default, with their evidence
  show     one candidate or link: its evidence, its sources, and every judgement on it
  accept   a candidate: its facts are right; a same-case link: the two releases are one case;
           a link: the two are the same defendant's
  reject   a candidate: its facts are wrong or not a case; a same-case link: not one case;
           a link: not the same defendant's
  edit     a candidate: correct the fields given
  --why is required by accept, reject and edit.

A judgement records who (--as, default the user name of this machine), when and why. It is
kept apart from the candidate edge, keyed by the link's id (for a same-case link, both
candidates' ids; for a link, the named conviction's id and the counted one's key in the
caseload data), so it outlives reading the releases again or reloading either side. The latest
judgement is the link's status. The same queue is in the GraphQL API (candidateLinks,
candidateLink, acceptLink, rejectLink; releaseCandidates, releaseCandidate,
acceptReleaseCandidate, rejectReleaseCandidate, editReleaseCandidate).

Configuration, from environment variables:
${settingsHelp()}
`;

runCli(
  help,
  {
    allowPositionals: true,
    options: {
      status: { type: "string", default: "open" },
      why: { type: "string" },
      as: { type: "string" },
      ...editOptions,
    },
  },
  async ({ positionals, values }) => {
    const [command, id, ...rest] = positionals;
    if (rest.length > 0) throw new ExpectedError(`Unexpected arguments: ${rest.join(" ")}. Quote a reason that has spaces: --why "...".\n\n${help}`);
    switch (command) {
      case "list": {
        const status = values.status === "all" ? null : statusOption(values.status);
        const [candidates, sameCase, links] = await withGraph(async (db) => [await listCandidates(db, status), await listSameCaseLinks(db, status), await listLinks(db, status)] as const);
        console.log(`${candidates.length} press-release candidate${candidates.length === 1 ? "" : "s"}${status === null ? "" : ` ${status}`}.`);
        if (candidates.length === 0 && status !== "accepted" && status !== "rejected") console.log("Press-release candidates are stored by npm run ingest:doj -- <file.json>.");
        for (const c of candidates) console.log(describeCandidate(c));
        console.log(`${sameCase.length} same-case link${sameCase.length === 1 ? "" : "s"}${status === null ? "" : ` ${status}`}.`);
        for (const link of sameCase) console.log(describeSameCaseLink(link));
        console.log(`${links.length} candidate link${links.length === 1 ? "" : "s"}${status === null ? "" : ` ${status}`}.`);
        // No candidate is not no answer: say where candidates come from.
        if (links.length === 0 && status !== "accepted" && status !== "rejected") {
          console.log("Candidates are drawn between named convictions and those of loaded caseload releases (npm run ingest:lions -- --load).");
        }
        for (const link of links) console.log(describe(link));
        return;
      }
      case "show": {
        if (isSameCaseLinkId(required(id, "show"))) {
          const shown = await withGraph((db) => showSameCaseLink(db, id!));
          console.log(shown.link === null ? `${shown.id}\n  The rule no longer draws this link: its candidates changed since it was judged.` : describeSameCaseLink(shown.link));
          if (shown.judgements.length === 0) console.log("  Not judged yet.");
          for (const j of shown.judgements) console.log(`  ${j.verdict} by ${j.by} at ${j.at}: ${j.why}`);
          return;
        }
        if (isCandidateId(id!)) {
          const c = await withGraph((db) => showCandidate(db, id!));
          console.log(describeCandidate(c, true));
          return;
        }
        const shown = await withGraph((db) => showLink(db, required(id, "show")));
        console.log(shown.candidate === null ? `${shown.id}\n  The rule no longer draws this link: its convictions changed since it was judged.` : describe(shown.candidate));
        for (const c of shown.namedCitations) console.log(`  named side cites: ${c.source.title}${c.source.url === null ? "" : ` <${c.source.url}>`} (${c.locator})`);
        for (const c of shown.countedCitations) console.log(`  counted side cites: ${c.source.title} (${c.locator})`);
        if (shown.judgements.length === 0) console.log("  Not judged yet.");
        for (const j of shown.judgements) console.log(`  ${j.verdict} by ${j.by} at ${j.at}: ${j.why}`);
        return;
      }
      case "accept":
      case "reject": {
        const linkId = required(id, command);
        const verdict = command === "accept" ? "accepted" : "rejected";
        if (isSameCaseLinkId(linkId)) {
          const judged = await withGraph((db) => judgeSameCaseLink(db, { id: linkId, verdict, by: values.as ?? userInfo().username, why: values.why ?? "" }));
          console.log(
            `${linkId}: ${judged.verdict} by ${judged.by} at ${judged.at}.${verdict === "accepted" ? " Once both candidates are accepted, they are one case in the graph." : " The two candidates are not joined by this link."}`,
          );
          return;
        }
        if (isCandidateId(linkId)) {
          const judged = await withGraph((db) => judgeCandidate(db, { id: linkId, verdict, by: values.as ?? userInfo().username, why: values.why ?? "" }));
          console.log(`${linkId}: ${judged.verdict} by ${judged.by} at ${judged.at}.${verdict === "accepted" ? " Its facts are in the graph (evidence tier announced)." : ""}`);
          return;
        }
        const judged = await withGraph((db) => judgeLink(db, { id: linkId, verdict, by: values.as ?? userInfo().username, why: values.why ?? "" }));
        console.log(`${linkId}: ${judged.verdict} by ${judged.by} at ${judged.at}.`);
        return;
      }
      case "edit": {
        const candidateId = required(id, "edit");
        if (!isCandidateId(candidateId)) throw new ExpectedError(`edit corrects a press-release candidate (an id starting rc-, without ~), not the link "${candidateId}": accept or reject a link.`);
        const judged = await withGraph((db) => judgeCandidate(db, { id: candidateId, verdict: "edited", by: values.as ?? userInfo().username, why: values.why ?? "", changes: editOf(values) }));
        console.log(`${candidateId}: edited by ${judged.by} at ${judged.at}: ${judged.changes}.`);
        return;
      }
      default:
        throw new ExpectedError(`${command === undefined ? "Give a command" : `"${command}" is not a command`}: list, show, accept, reject or edit.\n\n${help}`);
    }
  },
);

function required(id: string | undefined, command: string): string {
  if (id === undefined) throw new ExpectedError(`${command} needs a link id (npm run review -- list shows them).`);
  return id;
}

function statusOption(status: string): LinkStatus {
  const found = linkStatuses.values.find((s) => s === status);
  if (found === undefined) throw new ExpectedError(`--status must be open, accepted, rejected or all, not "${status}".`);
  return found;
}

/** A link in two lines: who and what, then the evidence. */
function describe({ id, status, defendantName, evidence: e }: ListedLink): string {
  const statutes = e.namedStatutes.map((s, i) => (s === e.countedStatutes[i] ? s : `${s} ~ ${e.countedStatutes[i]}`)).join(", ");
  const dates = e.daysApart === null ? `${e.namedDate} and ${e.countedDate} overlap` : `${e.namedDate} and ${e.countedDate}, ${e.daysApart} day${e.daysApart === 1 ? "" : "s"} apart`;
  const prison = e.namedPrison === null || e.countedPrison === null ? "prison not compared (not given on both sides)" : `prison ${e.namedPrison} on both sides`;
  return [
    `${id} [${status}]`,
    `  ${defendantName ?? "(unnamed)"} ~ caseload ${e.caseloadKey}, district ${e.district}; statutes ${statutes}${e.namedStatutesInferred ? " (named side inferred from the charge words)" : ""}; dates ${dates}; ${prison}`,
  ].join("\n");
}
