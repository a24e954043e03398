import { spawn } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { Cmd, Copy, DockerfileParser, Env, From, Healthcheck, Run } from "dockerfile-ast";
import { parse as parseShell } from "shell-quote";
import { filesForCopy, readBuildContext, type BuildContext } from "./build-context.ts";

/**
 * Replays a Dockerfile on a machine without a container engine, to catch what would break
 * `docker build` before a user with Docker does. Each stage gets a scratch folder standing for
 * its root file system. COPY copies the same files there (from the build context, honouring
 * .dockerignore, or from an earlier stage). A RUN made only of npm and node commands runs
 * there, in order, with the stage's ENV. Every other RUN is listed as not replayed and never
 * runs on the host. The base image is not replayed: the host's node and npm stand in for it.
 */
export interface ReplayedStage {
  name: string;
  /** The scratch folder that stands for the stage's `/`. */
  root: string;
  workdir: string;
  env: Record<string, string>;
  user: string | undefined;
  /** CMD in exec form. */
  cmd: string[] | undefined;
  /** HEALTHCHECK's command in exec form, and its options (--interval and so on). */
  healthcheck: { command: string[]; options: Record<string, string> } | undefined;
  exposed: string[];
}

export interface ReplayStep {
  /** 1-based, as an editor shows it. */
  line: number;
  stage: string;
  text: string;
  outcome: "replayed" | "recorded" | "not replayed";
  why?: string;
  seconds?: number;
}

export interface Replay {
  stages: ReplayedStage[];
  /** The image `docker build` would produce: the last stage. */
  image: ReplayedStage;
  steps: ReplayStep[];
}

/** A step that would fail `docker build`, or that the replay cannot stand in for. */
export class ReplayFailure extends Error {
  override name = "ReplayFailure";
}

export interface ReplayOptions {
  /** The build context (the folder `docker build` is given). */
  context: string;
  /** The Dockerfile, relative to the context. */
  dockerfile?: string;
  /** An empty folder for the stages' file systems. */
  scratch: string;
  log?: (line: string) => void;
}

const runnable = new Set(["npm", "node"]);

export async function replayDockerfile({ context, dockerfile = "Dockerfile", scratch, log = () => {} }: ReplayOptions): Promise<Replay> {
  const source = readFileSync(path.join(context, dockerfile), "utf8");
  const build = readBuildContext(context);
  const stages: ReplayedStage[] = [];
  const steps: ReplayStep[] = [];
  let stage: ReplayedStage | undefined;

  for (const instruction of DockerfileParser.parse(source).getInstructions()) {
    const line = instruction.getRange().start.line + 1;
    const text = instruction.toString();
    const where = `${dockerfile}:${line}: ${text}`;
    const step = (outcome: ReplayStep["outcome"], why?: string, seconds?: number) => {
      const entry: ReplayStep = { line, stage: stage?.name ?? "", text, outcome };
      if (why !== undefined) entry.why = why;
      if (seconds !== undefined) entry.seconds = seconds;
      steps.push(entry);
      log(`${outcome === "replayed" ? "ran " : outcome === "recorded" ? "kept" : "SKIP"} ${where}${why ? `  (${why})` : ""}${seconds !== undefined ? `  ${seconds.toFixed(1)} s` : ""}`);
    };
    const fail = (why: string): never => {
      throw new ReplayFailure(`${where}\n${why}`);
    };

    if (instruction instanceof From) {
      const image = instruction.getImage() ?? fail("FROM names no image.");
      const parent = stages.find((s) => s.name === image);
      const name = instruction.getBuildStage() ?? String(stages.length);
      const root = path.join(scratch, `stage-${stages.length}-${name}`);
      if (parent) cpSync(parent.root, root, { recursive: true });
      else mkdirSync(root, { recursive: true });
      stage = parent
        ? { ...parent, name, root, env: { ...parent.env }, exposed: [...parent.exposed] }
        : { name, root, workdir: "/", env: {}, user: undefined, cmd: undefined, healthcheck: undefined, exposed: [] };
      stages.push(stage);
      step("recorded", parent ? `starts from stage ${parent.name}` : `base image ${image}: not replayed; this machine's node and npm stand in`);
      continue;
    }
    if (stage === undefined) return fail("Only ARG or a parser directive may come before the first FROM.");
    const current = stage;
    const keyword = instruction.getKeyword();

    if (keyword === "WORKDIR") {
      current.workdir = path.posix.resolve(current.workdir, instruction.getArgumentsContent() ?? fail("WORKDIR names no folder."));
      mkdirSync(hostPath(current, current.workdir), { recursive: true });
      step("replayed");
    } else if (instruction instanceof Env) {
      for (const property of instruction.getProperties()) {
        const value = property.getValue() ?? "";
        if (value.includes("$")) fail(`ENV ${property.getName()}: variable substitution is not replayed.`);
        current.env[property.getName()] = value;
      }
      step("replayed");
    } else if (instruction instanceof Copy) {
      copy(instruction, current, stages, build, fail);
      step("replayed");
    } else if (instruction instanceof Run) {
      const started = performance.now();
      const flags = instruction.getFlags();
      for (const flag of flags) {
        if (flag.getName() !== "mount" || flag.getOption("type")?.getValue() !== "cache") fail(`RUN ${flag.toString()} is not replayed.`);
      }
      const commands = npmOrNodeCommands(instruction);
      if (typeof commands === "string") {
        step("not replayed", commands);
        continue;
      }
      for (const argv of commands) await runOnHost(argv, current, fail);
      // A cache mount only speeds up the build: npm's cache on this machine stands in for it.
      step("replayed", flags.length > 0 ? "cache mount: this machine's npm cache stands in" : undefined, (performance.now() - started) / 1000);
    } else if (instruction instanceof Cmd) {
      current.cmd = execForm(instruction, fail);
      step("recorded");
    } else if (instruction instanceof Healthcheck) {
      current.healthcheck = healthcheck(instruction, fail);
      step("recorded");
    } else if (keyword === "USER") {
      current.user = instruction.getArgumentsContent() ?? fail("USER names nobody.");
      step("recorded", "the replay runs as this machine's user");
    } else if (keyword === "EXPOSE") {
      current.exposed.push(...instruction.getArguments().map((a) => a.getValue()));
      step("recorded");
    } else if (keyword === "LABEL") {
      step("recorded");
    } else {
      fail(`The replay does not know ${keyword}; teach tests/helpers/dockerfile-replay.ts what it does first.`);
    }
  }
  const image = stages.at(-1);
  if (image === undefined) throw new ReplayFailure(`${dockerfile} has no FROM.`);
  return { stages, image, steps };
}

/** Where a path of the stage's file system lies on this machine. */
export function hostPath(stage: ReplayedStage, containerPath: string): string {
  return path.join(stage.root, path.posix.resolve(stage.workdir, containerPath));
}

/** Runs a command of the image (CMD or the healthcheck) the way the container would: in WORKDIR, with its ENV. */
export function imageCommand(stage: ReplayedStage, argv: string[], env: Record<string, string> = {}) {
  return { command: argv[0]!, args: argv.slice(1), cwd: hostPath(stage, "."), env: { ...hostEnv(), ...stage.env, ...env } };
}

export function removeScratch(scratch: string): void {
  rmSync(scratch, { recursive: true, force: true });
}

function copy(instruction: Copy, stage: ReplayedStage, stages: ReplayedStage[], build: BuildContext, fail: (why: string) => never): void {
  for (const flag of instruction.getFlags()) {
    if (!["from", "chown", "chmod", "link"].includes(flag.getName())) fail(`COPY --${flag.getName()} is not replayed.`);
  }
  const args = instruction.getJSONStrings().length > 0 ? instruction.getJSONStrings().map((s) => s.getJSONValue()) : instruction.getArguments().map((a) => a.getValue());
  if (args.length < 2) fail("COPY needs a source and a destination.");
  const sources = args.slice(0, -1);
  const destination = args.at(-1)!;
  if (sources.some((s) => /[*?[]/.test(s))) fail("Wildcards in COPY sources are not replayed.");
  if (sources.length > 1 && !destination.endsWith("/")) {
    fail("When using COPY with more than one source file, the destination must be a directory and end with a /.");
  }
  const target = hostPath(stage, destination);
  const fromName = instruction.getFromFlag()?.getValue();

  if (fromName !== undefined && fromName !== null) {
    const from = stages.find((s) => s.name === fromName) ?? fail(`--from=${fromName}: no earlier stage has that name (images are not replayed).`);
    for (const source of sources) {
      const file = path.join(from.root, path.posix.resolve("/", source));
      if (!existsSync(file)) fail(`${source} is not in stage ${from.name}: an earlier step did not make it.`);
      const intoFolder = statSync(file).isDirectory() || destination.endsWith("/") || isFolder(target);
      const to = statSync(file).isDirectory() ? target : intoFolder ? path.join(target, path.basename(file)) : target;
      mkdirSync(path.dirname(to), { recursive: true });
      cpSync(file, to, { recursive: true });
    }
    return;
  }
  for (const source of sources) {
    const files = filesForCopy(build, source);
    if (files.length === 0) fail(`${source} is not in the build context: it does not exist, or .dockerignore leaves it out.`);
    const single = files.length === 1 && files[0]![0] === path.posix.normalize(source.replace(/^\/+/, ""));
    const intoFolder = !single || destination.endsWith("/") || isFolder(target);
    for (const [from, relative] of files) {
      const to = intoFolder ? path.join(target, relative) : target;
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(path.join(build.root, from), to);
    }
  }
}

function isFolder(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}

/** The RUN's commands when each is an npm or node command joined by &&; otherwise why not. */
function npmOrNodeCommands(instruction: Run): string[][] | string {
  const json = instruction.getJSONStrings().map((s) => s.getJSONValue());
  if (json.length > 0) return runnable.has(json[0]!) ? [json] : `only npm and node commands run on this machine, not ${json[0]}`;
  const shell = instruction.getArgumentsContent() ?? "";
  if (shell.includes("$")) return "uses shell variables";
  const commands: string[][] = [[]];
  for (const token of parseShell(shell)) {
    if (typeof token === "string") commands.at(-1)!.push(token);
    else if ("op" in token && token.op === "&&") commands.push([]);
    else return `uses shell syntax beyond && (${JSON.stringify(token)})`;
  }
  const other = commands.find((argv) => !runnable.has(argv[0] ?? ""));
  return other === undefined ? commands : `only npm and node commands run on this machine, not ${other[0] ?? "an empty command"}`;
}

async function runOnHost(argv: string[], stage: ReplayedStage, fail: (why: string) => never): Promise<void> {
  const { command, args, cwd, env } = imageCommand(stage, argv);
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) {
    const tail = output.trimEnd().split("\n").slice(-40).join("\n");
    fail(`\`${argv.join(" ")}\` exited with ${code}. Its last lines:\n${tail}`);
  }
}

function execForm(instruction: Cmd, fail: (why: string) => never): string[] {
  const json = instruction.getJSONStrings().map((s) => s.getJSONValue());
  if (json.length === 0) fail("Use the exec form (a JSON array), so that the server is PID 1 and gets Docker's SIGTERM.");
  return json;
}

function healthcheck(instruction: Healthcheck, fail: (why: string) => never): ReplayedStage["healthcheck"] {
  const options = Object.fromEntries(instruction.getFlags().map((f) => [f.getName(), f.getValue() ?? ""]));
  if (instruction.getSubcommand()?.getValue().toUpperCase() !== "CMD") fail("HEALTHCHECK without CMD is not replayed.");
  const rest = (instruction.getArgumentsContent() ?? "").replace(/^\s*CMD\s+/i, "");
  let command: unknown;
  try {
    command = JSON.parse(rest);
  } catch {
    fail("Use the exec form (a JSON array) for HEALTHCHECK CMD.");
  }
  if (!Array.isArray(command) || !command.every((part) => typeof part === "string")) fail("HEALTHCHECK CMD must be a JSON array of strings.");
  return { command: command as string[], options };
}

/**
 * The host's part of a command's environment: enough to find node, npm and npm's cache, and
 * to reach the registry through this machine's proxy and certificates (a real build is given
 * those as build arguments), and nothing of the test run's own. PATH loses every
 * node_modules/.bin, which would lend the image tools it does not install (vite, tsx).
 */
const machineSettings = ["HOME", "TMPDIR", "LANG", "NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"];

function hostEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of machineSettings) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter((dir) => dir !== "" && !dir.split(path.sep).includes("node_modules"));
  env.PATH = [path.dirname(process.execPath), ...dirs].join(path.delimiter);
  return env;
}
