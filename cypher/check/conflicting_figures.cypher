// Claims about the same metric, period and scope that give different figures.
MATCH (c:Claim)-[:SCOPE_AGENCY]->(scope:Agency)
WHERE c.value IS NOT NULL
WITH c.metric AS metric, c.period AS period, scope.id AS scopeAgency, c.scopeOffense AS scopeOffense,
     collect({claim: c.id, value: c.value, qualifier: c.qualifier}) AS claims,
     count(DISTINCT c.value) AS figures
WHERE figures > 1
RETURN metric, period, scopeAgency, scopeOffense, claims
ORDER BY metric, period, scopeAgency
