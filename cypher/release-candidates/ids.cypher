// Every candidate id a reviewer may name.
RETURN COLLECT { MATCH (c:ReleaseCandidate) RETURN c.id } AS ids
