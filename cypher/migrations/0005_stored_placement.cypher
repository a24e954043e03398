// A conviction's placement is stored on it (src/graph/placement.ts): the tally's window
// compares these two, and the lists sort by them.
CREATE INDEX conviction_placed_from IF NOT EXISTS FOR (n:Conviction) ON (n.placedFrom);
CREATE INDEX conviction_placed_to IF NOT EXISTS FOR (n:Conviction) ON (n.placedTo);
CREATE INDEX conviction_district IF NOT EXISTS FOR (n:Conviction) ON (n.districtId);
CREATE INDEX conviction_defendant_name IF NOT EXISTS FOR (n:Conviction) ON (n.defendantName);
// A re-import finds the records a file no longer holds by the file they came from.
CREATE INDEX entity_record_file IF NOT EXISTS FOR (n:Entity) ON (n.recordFile);
