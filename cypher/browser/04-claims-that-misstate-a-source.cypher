// Claims that repeat another claim's figure, with the scope agency of each: the seed
// answer's "2,610 HSI arrests" restates a DHS-wide figure.
MATCH restated = (a:Claim)-[:RESTATES]->(b:Claim)
MATCH scopes = (a)-[:SCOPE_AGENCY]->(:Agency), (b)-[:SCOPE_AGENCY]->(:Agency)
OPTIONAL MATCH cited = (a)-[:CITES]->(:Source)
RETURN restated, scopes, collect(cited) AS citations
