MERGE (v:SchemaVersion {id: 'schema'})
SET v.version = $version, v.migration = $migration, v.appliedAt = datetime()
