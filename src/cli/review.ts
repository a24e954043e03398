import { userInfo } from "node:os";
import { settingsHelp } from "../config.ts";
import { ExpectedError } from "../errors.ts";
import { judgeLink, listLinks, showLink, type LinkStatus, type ListedLink } from "../graph/link-review.ts";
import { linkStatuses } from "../graph/vocabulary.ts";
import { runCli } from "./run-cli.ts";
import { withGraph } from "./with-graph.ts";

const help = `Usage: npm run review -- list [--status open|accepted|rejected|all]
       npm run review -- show <link id>
       npm run review -- accept <link id> --why "..." [--as NAME]
       npm run review -- reject <link id> --why "..." [--as NAME]

The review queue of candidate links between a named conviction (from a press release or a
court record) and a counted one (from the U.S. Attorneys' caseload data, which names no one).
The graph draws a candidate when both are in the same district, their statutes overlap, their
prison terms are the same when both give one, and their conviction dates are within 3 days
when both are dated to the day, or else their date ranges overlap (docs/model.md, Candidate
links). A candidate is never merged: only an accepted judgement makes it a link, and only
accepted links count in the answer's coverage.

  list     the candidates, open ones by default, with their evidence
  show     one link: its evidence, both convictions' sources, and every judgement on it
  accept   judge the two convictions to be the same defendant's; --why is required
  reject   judge them not to be; --why is required

A judgement records who (--as, default the user name of this machine), when and why. It is
kept apart from the candidate edge, keyed by the link's id (the named conviction's id and the
counted one's key in the caseload data), so it outlives reloading either side. The latest
judgement is the link's status. The same queue is in the GraphQL API (candidateLinks,
candidateLink, acceptLink, rejectLink).

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
    },
  },
  async ({ positionals, values }) => {
    const [command, id, ...rest] = positionals;
    if (rest.length > 0) throw new ExpectedError(`Unexpected arguments: ${rest.join(" ")}. Quote a reason that has spaces: --why "...".\n\n${help}`);
    switch (command) {
      case "list": {
        const status = values.status === "all" ? null : statusOption(values.status);
        const links = await withGraph((db) => listLinks(db, status));
        console.log(`${links.length} candidate link${links.length === 1 ? "" : "s"}${status === null ? "" : ` ${status}`}.`);
        // No candidate is not no answer: say where candidates come from.
        if (links.length === 0 && status !== "accepted" && status !== "rejected") {
          console.log("Candidates are drawn between named convictions and those of loaded caseload releases (npm run ingest:lions -- --load).");
        }
        for (const link of links) console.log(describe(link));
        return;
      }
      case "show": {
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
        const judged = await withGraph((db) => judgeLink(db, { id: linkId, verdict, by: values.as ?? userInfo().username, why: values.why ?? "" }));
        console.log(`${linkId}: ${judged.verdict} by ${judged.by} at ${judged.at}.`);
        return;
      }
      default:
        throw new ExpectedError(`${command === undefined ? "Give a command" : `"${command}" is not a command`}: list, show, accept or reject.\n\n${help}`);
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
