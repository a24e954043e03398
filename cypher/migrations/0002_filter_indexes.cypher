// Range indexes on what queries filter by. A date with a precision is stored as the
// interval it may fall in (`dateFrom`..`dateTo`), so a window query compares both ends.
CREATE INDEX conviction_date_from IF NOT EXISTS FOR (n:Conviction) ON (n.dateFrom);
CREATE INDEX conviction_date_to IF NOT EXISTS FOR (n:Conviction) ON (n.dateTo);
CREATE INDEX sentence_date_from IF NOT EXISTS FOR (n:Sentence) ON (n.dateFrom);
CREATE INDEX sentence_date_to IF NOT EXISTS FOR (n:Sentence) ON (n.dateTo);
CREATE INDEX investigation_opened_from IF NOT EXISTS FOR (n:Investigation) ON (n.openedFrom);
CREATE INDEX claim_period_from IF NOT EXISTS FOR (n:Claim) ON (n.periodFrom);
CREATE INDEX claim_period_to IF NOT EXISTS FOR (n:Claim) ON (n.periodTo);
CREATE INDEX claim_metric IF NOT EXISTS FOR (n:Claim) ON (n.metric);
CREATE INDEX source_published_from IF NOT EXISTS FOR (n:Source) ON (n.publishedFrom);
CREATE INDEX statute_section IF NOT EXISTS FOR (n:Statute) ON (n.section);
CREATE INDEX charge_stage IF NOT EXISTS FOR (n:Charge) ON (n.stage);
