// Every node label has a unique, stable `id`: seed files reference nodes by it, and
// imports MERGE on it, so a second import finds the node the first one made.
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (n:Investigation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT prosecution_id IF NOT EXISTS FOR (n:Prosecution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT defendant_id IF NOT EXISTS FOR (n:Defendant) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT charge_id IF NOT EXISTS FOR (n:Charge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT conviction_id IF NOT EXISTS FOR (n:Conviction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statute_id IF NOT EXISTS FOR (n:Statute) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT offense_category_id IF NOT EXISTS FOR (n:OffenseCategory) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schema_version_id IF NOT EXISTS FOR (n:SchemaVersion) REQUIRE n.id IS UNIQUE;
