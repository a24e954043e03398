import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import { examples } from "./examples.ts";

// Everything, the editor's workers included, is bundled and served by our own server: the
// page works with no network beyond it.
const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).toString() });

createRoot(document.getElementById("root")!).render(
  <GraphiQL fetcher={fetcher} plugins={[explorerPlugin()]} defaultTabs={examples} />,
);
