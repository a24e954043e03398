import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { projectRoot } from "../paths.ts";

export const playgroundDir = path.join(projectRoot, "playground", "dist");

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/**
 * Serves the built GraphiQL playground (playground/dist, built by `npm ci` through the
 * prepare script). Returns false when the path is not one of its files. The page is told
 * whether introspection is on: if it is, GraphiQL reads the schema from the server; if not,
 * it uses the copy built into it.
 */
export function servePlayground(pathname: string, response: http.ServerResponse, { introspection }: { introspection: boolean }): boolean {
  const relative = pathname === "/" ? "index.html" : pathname.replace(/^\/+/, "");
  const file = path.resolve(playgroundDir, relative);
  if (!file.startsWith(`${playgroundDir}${path.sep}`)) return false;
  if (!existsSync(file) || !statSync(file).isFile()) {
    if (pathname !== "/") return false;
    response.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
    response.end("The playground is not built. Run `npm run build:playground` (npm ci runs it).\n");
    return true;
  }
  if (relative === "index.html") {
    response.writeHead(200, { "content-type": contentTypes[".html"], "cache-control": "no-cache" });
    response.end(withIntrospection(readFileSync(file, "utf8"), introspection));
    return true;
  }
  response.writeHead(200, {
    "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream",
    "cache-control": "public, max-age=31536000, immutable",
  });
  createReadStream(file).pipe(response);
  return true;
}

/** playground/index.html says "off"; main.tsx reads the value. */
export function withIntrospection(html: string, introspection: boolean): string {
  return html.replace(/(<meta name="graphql-introspection" content=")[a-z]*(")/, `$1${introspection ? "on" : "off"}$2`);
}
