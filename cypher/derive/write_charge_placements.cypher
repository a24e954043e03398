// Stores each charge's placement (src/graph/placement.ts says what each property is).
UNWIND $rows AS row
MATCH (ch:Charge {id: row.id})
SET ch += row.placement
