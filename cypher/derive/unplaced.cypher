// What no placement has been computed for yet: convictions and agencies written before the
// placement was stored (migration 0005), or by hand.
RETURN COLLECT { MATCH (c:Conviction) WHERE c.placedPrecision IS NULL RETURN c.id } AS convictions,
       EXISTS { MATCH (a:Agency) WHERE a.lineage IS NULL } AS agencies
