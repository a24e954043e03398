// npm's `prepare` script, run after `npm ci` and `npm install`: builds the playground. The
// build needs vite, a dev dependency, so an install without dev dependencies (--omit=dev, or
// NODE_ENV=production) skips it instead of failing. Such an install serves a playground
// built beforehand (`npm run build`), as the container's does.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

try {
  createRequire(import.meta.url).resolve("vite/package.json");
} catch {
  console.log("prepare: vite, a dev dependency, is not installed, so the playground is not built here (`npm run build` builds it where it is).");
  process.exit(0);
}
const build = spawnSync("npm", ["run", "build:playground"], { stdio: "inherit" });
process.exit(build.status ?? 1);
