import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Global setup of the compiled test project: dist/ compiled afresh from src/ by `npm run
 * build:server`. It imports nothing from src/: in this project src/ imports resolve to dist/,
 * which a fresh clone does not have until this has run.
 */
export default function setup(): void {
  const started = performance.now();
  const build = spawnSync("npm", ["run", "build:server"], { cwd: path.join(import.meta.dirname, ".."), encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build:server failed:\n${build.stdout}${build.stderr}`);
  console.log(`[compiled] dist/ built by npm run build:server in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
