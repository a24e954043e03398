import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import dockerignore from "@balena/dockerignore";

/**
 * A Docker build context: the files under `root` that `docker build` would send, that is,
 * every file `.dockerignore` does not exclude, by Docker's own matching rules
 * (@balena/dockerignore is a port of them).
 */
export interface BuildContext {
  root: string;
  /** Relative POSIX paths of the files sent, sorted. */
  files: string[];
}

export function readBuildContext(root: string): BuildContext {
  const ignoreFile = path.join(root, ".dockerignore");
  const rules = existsSync(ignoreFile) ? readFileSync(ignoreFile, "utf8") : "";
  // The package is CommonJS with a TypeScript default export, which it also sets as .default.
  const ignored = dockerignore.default().add(rules);
  // With no exception (!) rule nothing below an excluded folder can come back, so the walk
  // need not enter it: node_modules alone holds tens of thousands of files.
  const exceptions = rules.split(/\r?\n/).some((line) => line.trim().startsWith("!"));
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const name = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!exceptions && ignored.ignores(name)) continue;
        walk(name);
      } else if (!ignored.ignores(name)) {
        files.push(name);
      }
    }
  };
  walk("");
  return { root, files: files.sort() };
}

/**
 * The files that `COPY <source>` takes from the context, each as [path in the context, path
 * relative to the destination]. A folder gives its contents; a path the context lacks,
 * because it does not exist or .dockerignore excludes it, gives none.
 */
export function filesForCopy(context: BuildContext, source: string): [string, string][] {
  const clean = path.posix.normalize(source.replace(/^\/+/, "")).replace(/\/+$/, "");
  if (clean === "." || clean === "") return context.files.map((file) => [file, file]);
  if (context.files.includes(clean)) return [[clean, path.posix.basename(clean)]];
  const prefix = `${clean}/`;
  return context.files.filter((file) => file.startsWith(prefix)).map((file) => [file, file.slice(prefix.length)]);
}
