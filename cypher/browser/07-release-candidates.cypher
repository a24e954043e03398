// Press-release candidates and their same-case links
//
// The candidates that npm run ingest:doj stores (one defendant of one release) and the
// same-case links between them, as npm run review -- list gives them: each link from the
// earlier release's candidate to the later one's, carrying its evidence (both names and how
// they agree, the district, the statute sections, both stages, release dates, plea and
// sentencing dates) and its status. With a status, the links with that status and the
// candidates they join; with null, every candidate, linked or not, and every link. Nothing is
// merged: npm run review judges the links, and only accepted ones join accepted candidates
// into one case.
//
// Parameter, with the default (a link's status: open, accepted or rejected; null for all):
//   :param status => 'open'
MATCH (candidate:ReleaseCandidate)
WHERE $status IS NULL OR EXISTS { (candidate)-[r:SAME_CASE_CANDIDATE]-(:ReleaseCandidate) WHERE r.status = $status }
OPTIONAL MATCH link = (candidate)-[r:SAME_CASE_CANDIDATE]->(:ReleaseCandidate)
WHERE $status IS NULL OR r.status = $status
RETURN candidate, link
ORDER BY candidate.district, candidate.published, candidate.id
