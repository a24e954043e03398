// The migration version recorded in the graph; no row before the first migration.
MATCH (v:SchemaVersion {id: 'schema'})
RETURN v.version AS version, v.appliedAt AS appliedAt
