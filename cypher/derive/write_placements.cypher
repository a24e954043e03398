// Stores each conviction's placement (src/graph/placement.ts says what each property is).
UNWIND $rows AS row
MATCH (c:Conviction {id: row.id})
SET c += row.placement
