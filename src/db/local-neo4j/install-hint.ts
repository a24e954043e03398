/** What to tell someone whose machine lacks what the local Neo4j needs. */
export const alternatives =
  "Or skip the local Neo4j: run `docker compose up` (see README), or set NEO4J_URI to a Neo4j you already have.";
