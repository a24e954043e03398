import { ExpectedError } from "../errors.ts";

/** One thing wrong with the input: where (file, line, field) and why. */
export interface ImportProblem {
  file: string;
  line: number | undefined;
  field: string | undefined;
  message: string;
}

export function formatProblem({ file, line, field, message }: ImportProblem): string {
  return `${file}${line === undefined ? "" : `:${line}`}: ${field === undefined ? "" : `${field}: `}${message}`;
}

/** The input is invalid. Lists every problem found; nothing was written. */
export class ImportValidationError extends ExpectedError {
  override name = "ImportValidationError";
  constructor(readonly problems: ImportProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the input; nothing was written.\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
  }
}

/** A field path as people write it: charges[2].statute.basis */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}
