// What no placement has been computed for yet: convictions, charges and agencies written
// before placements were stored (migration 0005), before the sentence key was, or before the
// offence families were (inferredStatutes, a list on every conviction placed since; categories
// on every charge), or by hand.
RETURN COLLECT {
         MATCH (c:Conviction) WHERE c.placedPrecision IS NULL OR c.sentenceKey IS NULL OR c.inferredStatutes IS NULL OR c.how IS NULL RETURN c.id
       } AS convictions,
       COLLECT { MATCH (ch:Charge) WHERE ch.leadLineage IS NULL OR ch.categories IS NULL RETURN ch.id } AS charges,
       EXISTS { MATCH (a:Agency) WHERE a.lineage IS NULL } AS agencies
