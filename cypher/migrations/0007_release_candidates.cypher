// Press-release candidates are found by id (their uuid and name) and by release; their
// judgements by the candidate's id.
CREATE CONSTRAINT release_candidate_id IF NOT EXISTS FOR (n:ReleaseCandidate) REQUIRE n.id IS UNIQUE;
CREATE INDEX release_candidate_release IF NOT EXISTS FOR (n:ReleaseCandidate) ON (n.releaseUuid);
CREATE INDEX candidate_judgement_candidate IF NOT EXISTS FOR (n:CandidateJudgement) ON (n.candidate);
