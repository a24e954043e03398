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

// The schema is built into the page from the same schema.graphql the server reads, so Docs,
// autocomplete and validation work where introspection is off (NODE_ENV=production, as in
// the container) and GraphiQL sends no introspection query.
const schema = buildSchema(schemaText);

createRoot(document.getElementById("root")!).render(
  <GraphiQL fetcher={fetcher} schema={schema} plugins={[explorerPlugin()]} defaultTabs={examples} />,
);
