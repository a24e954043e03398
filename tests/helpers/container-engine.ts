import { spawnSync } from "node:child_process";

/**
 * A container engine that can build the image for real: Docker or Podman, answering (a
 * client alone, such as the docker CLI with no daemon, does not count), with every base image
 * already present, since these machines cannot pull one.
 */
export type ContainerEngine = { ready: true; engine: string } | { ready: false; why: string };

export function findContainerEngine(baseImages: string[]): ContainerEngine {
  const tried: string[] = [];
  for (const engine of ["docker", "podman"]) {
    const info = run(engine, ["info"]);
    if (!info.ok) {
      tried.push(`${engine}: ${info.output}`);
      continue;
    }
    const missing = baseImages.filter((image) => !run(engine, ["image", "inspect", image]).ok);
    if (missing.length === 0) return { ready: true, engine };
    tried.push(`${engine} answers, but lacks the base image${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  }
  return { ready: false, why: tried.join("; ") };
}

function run(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 20_000 });
  if (result.error) return { ok: false, output: (result.error as NodeJS.ErrnoException).code === "ENOENT" ? "not installed" : result.error.message };
  const output = `${result.stderr}${result.stdout}`.trim().split("\n").find((line) => line.trim() !== "") ?? "";
  return { ok: result.status === 0, output: result.status === 0 ? output : output || `exit ${result.status}` };
}
