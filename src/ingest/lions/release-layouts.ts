import { CaseloadReleaseError } from "../../errors.ts";
import { builtInLayouts, type TableLayout } from "./layouts.ts";
import { layoutDifferences, parseReadmeLayouts, releaseLayouts } from "./readme-layouts.ts";
import type { Release, ReleaseFile } from "./release-source.ts";
import { readmeFile } from "./table-files.ts";

export interface ReleaseLayouts {
  layouts: TableLayout[];
  /** Where the layouts came from: the release's README.TXT, or the built-in FY2018 ones. */
  layoutsFrom: "readme" | "built-in";
  /** Where the README disagrees with the built-in layout (it is read with the README's). */
  differences: string[];
  /** A column the loader needs that the README lacks. */
  problems: string[];
}

/** The layouts to read a release with: its README.TXT's when it ships one (read whole: it is small), else the built-in ones. */
export async function layoutsOf(release: Release): Promise<ReleaseLayouts> {
  const readme = readmeFile(release.files);
  const given = readme === undefined ? undefined : parseReadmeLayouts(await readText(readme));
  const { layouts, missing } = releaseLayouts(builtInLayouts, given);
  return {
    layouts,
    layoutsFrom: given === undefined ? "built-in" : "readme",
    differences: given === undefined ? [] : layoutDifferences(builtInLayouts, given),
    problems: missing.map((name) => `${readme!.label}: ${name} is not in the README's layout, and the loader needs it`),
  };
}

async function readText(file: ReleaseFile): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of await file.open()) chunks.push(Buffer.from(chunk as Buffer));
  } catch (error) {
    throw new CaseloadReleaseError([`${file.label}: cannot be read (${error instanceof Error ? error.message : String(error)})`]);
  }
  return Buffer.concat(chunks).toString("latin1");
}
