// How many sources the graph holds, and the latest day one was read: the data's as-of date.
MATCH (s:Source)
RETURN count(s) AS sources, toString(max(s.retrievedTo)) AS lastRetrieved
