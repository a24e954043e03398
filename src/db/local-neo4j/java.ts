import { spawnSync } from "node:child_process";
import path from "node:path";
import { MissingDependencyError } from "../../errors.ts";
import { findExecutable, isExecutable } from "./find-executable.ts";
import { alternatives } from "./install-hint.ts";

const installJava =
  "Install a JDK or JRE 17 or 21 (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`; " +
  "macOS: `brew install openjdk@17`), or point JAVA_HOME at one.";

export interface Java {
  executable: string;
  major: number;
}

/** Finds the java that will run Neo4j: $JAVA_HOME/bin/java, else java on the PATH. */
export function findJava(env: NodeJS.ProcessEnv): Java {
  const javaHome = env.JAVA_HOME?.trim();
  let executable: string | undefined;
  if (javaHome) {
    executable = path.join(javaHome, "bin", "java");
    if (!isExecutable(executable)) {
      throw new MissingDependencyError(
        `JAVA_HOME is ${javaHome}, but ${executable} does not exist. ${installJava}\n${alternatives}`,
      );
    }
  } else {
    executable = findExecutable("java", env);
    if (executable === undefined) {
      throw new MissingDependencyError(
        `Java was not found (no JAVA_HOME, no java on the PATH); the local Neo4j runs on it. ${installJava}\n${alternatives}`,
      );
    }
  }
  const major = javaMajorVersion(executable, env);
  if (major < 17) {
    throw new MissingDependencyError(
      `${executable} is Java ${major}; Neo4j 5.26 needs Java 17 or 21. ${installJava}\n${alternatives}`,
    );
  }
  return { executable, major };
}

function javaMajorVersion(executable: string, env: NodeJS.ProcessEnv): number {
  // `java -version` prints to stderr, e.g. `openjdk version "17.0.15" 2025-04-15` or `"1.8.0_392"`.
  const { stdout, stderr } = spawnSync(executable, ["-version"], { env, encoding: "utf8" });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${stderr}${stdout}`);
  if (!match) return 0;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}
