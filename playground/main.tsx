import { createRoot } from "react-dom/client";
import { buildSchema } from "graphql";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import { examples } from "./examples.ts";
import schemaText from "../schema.graphql?raw";

// Everything, the editor's workers included, is bundled and served by our own server: the
// page works with no network beyond it.
const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).toString() });

// Where the server answers introspection (API_INTROSPECTION, on in development), GraphiQL
// reads the schema from it, as any client would, so Docs and autocomplete show what the
// server runs. Where it is off (NODE_ENV=production, as in the container), the schema built
// into the page from the same schema.graphql stands in, and no introspection query is sent.
const introspection = document.querySelector<HTMLMetaElement>('meta[name="graphql-introspection"]')?.content === "on";
const schema = introspection ? undefined : buildSchema(schemaText);

createRoot(document.getElementById("root")!).render(
  <GraphiQL fetcher={fetcher} schema={schema} plugins={[explorerPlugin()]} defaultTabs={examples} />,
);
