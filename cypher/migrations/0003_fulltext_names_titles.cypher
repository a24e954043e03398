// One fulltext index for text search over everything a user would look up by name or title.
CREATE FULLTEXT INDEX names_and_titles IF NOT EXISTS
FOR (n:Agency|District|Investigation|Defendant|Statute|OffenseCategory|Source|Claim)
ON EACH [n.name, n.title];
