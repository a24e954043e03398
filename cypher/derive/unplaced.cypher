// What no placement has been computed for yet: convictions, charges and agencies written
// before placements were stored (migration 0005) or before the sentence key was, or by hand.
RETURN COLLECT { MATCH (c:Conviction) WHERE c.placedPrecision IS NULL OR c.sentenceKey IS NULL RETURN c.id } AS convictions,
       COLLECT { MATCH (ch:Charge) WHERE ch.leadLineage IS NULL RETURN ch.id } AS charges,
       EXISTS { MATCH (a:Agency) WHERE a.lineage IS NULL } AS agencies
