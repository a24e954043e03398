// Every imported node also carries :Entity. Its unique id makes ids unique across labels,
// so a seed file can reference any node by id alone, and gives the importer one index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
