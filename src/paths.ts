import { fileURLToPath } from "node:url";
import path from "node:path";

/** The repository root, so files are found the same way from any working directory. */
export const projectRoot = fileURLToPath(new URL("../", import.meta.url));

export const cypherDir = path.join(projectRoot, "cypher");
export const neo4jPomFile = path.join(projectRoot, "neo4j", "pom.xml");
