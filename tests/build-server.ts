import { spawnSync } from "node:child_process";
import { projectRoot } from "../src/paths.ts";

/** Global setup of the compiled test project: dist/ compiled afresh from src/ by `npm run build:server`. */
export default function setup(): void {
  const started = performance.now();
  const build = spawnSync("npm", ["run", "build:server"], { cwd: projectRoot, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build:server failed:\n${build.stdout}${build.stderr}`);
  console.log(`[compiled] dist/ built by npm run build:server in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
