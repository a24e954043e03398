// A same-case link's judgements are found by the link's id.
CREATE INDEX same_case_judgement_link IF NOT EXISTS FOR (n:SameCaseJudgement) ON (n.link);
