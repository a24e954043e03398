import { latestSchemaVersion, readSchemaVersion } from "../db/migrate.ts";
import type { ApiContext } from "./context.ts";

export const resolvers = {
  Query: {
    schemaStatus: async (_parent: unknown, _args: unknown, { driver, database }: ApiContext) => ({
      version: await readSchemaVersion(driver, database),
      expectedVersion: latestSchemaVersion(),
    }),
  },
};
