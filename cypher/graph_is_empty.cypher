// True until something has been imported.
RETURN NOT EXISTS { MATCH (:Entity) } AS empty
