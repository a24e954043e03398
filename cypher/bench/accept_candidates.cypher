// Marks the candidates $ids accepted at once, as a reviewer would one by one (the review
// benchmark's setup; the facts are rewritten afterwards).
UNWIND $ids AS id
CREATE (:CandidateJudgement {candidate: id, verdict: 'accepted', by: 'Synthetic reviewer', why: 'Synthetic.', changes: null, at: datetime()})
