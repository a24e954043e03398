// Candidate links are drawn from the counted convictions (evidence tier) of the named ones'
// districts; a link's judgements are found by its id.
CREATE INDEX conviction_evidence_tier IF NOT EXISTS FOR (n:Conviction) ON (n.evidenceTier);
CREATE INDEX link_judgement_link IF NOT EXISTS FOR (n:LinkJudgement) ON (n.link);
