// Claims that restate another claim
//
// Each claim that repeats another claim's figure, with the agency whose work each one counts:
// the fact-check's "2,610 HSI arrests" restates a figure that DHS gives for all of DHS.
// npm run check lists how each pair differs. No parameters.
MATCH restated = (a:Claim)-[:RESTATES]->(b:Claim)
MATCH scopes = (a)-[:SCOPE_AGENCY]->(:Agency), (b)-[:SCOPE_AGENCY]->(:Agency)
OPTIONAL MATCH cited = (a)-[:CITES]->(:Source)
RETURN restated, scopes, collect(cited) AS citations
