import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { CaseloadReleaseError } from "../../errors.ts";

/**
 * One file of a release: a table, or the README.TXT. `label` names it in messages: the path
 * of a file in a folder, or the zip's path and the entry's name (`Disk1.zip/gs_case.txt`).
 */
export interface ReleaseFile {
  /** The file's own name, e.g. gs_participant_FLM.txt. */
  name: string;
  label: string;
  /** Its bytes, streamed: from the disk, or out of the zip without unpacking it. */
  open(): Promise<Readable>;
}

/** A release: a folder of its tables, or its "Disk" zips read together. */
export interface Release {
  label: string;
  files: ReleaseFile[];
  close(): void;
}

/**
 * Opens a release from one folder, or from one or more zip files (the release's Disks: a
 * table split per district may be spread over several of them). Only the zips' directories
 * are read here; a zip that cannot be read (cut short, corrupt) is refused with its name and
 * yauzl's reason, every such zip listed.
 */
export async function openRelease(paths: readonly string[]): Promise<Release> {
  if (paths.length === 1 && !isZip(paths[0]!)) return folderRelease(paths[0]!);
  const notZips = paths.filter((p) => !isZip(p));
  if (notZips.length > 0) throw new CaseloadReleaseError(notZips.map((p) => `${p}: a release is one folder or its zip files, not both`));
  const opened = await Promise.allSettled(paths.map(async (zip) => ({ zip, file: await yauzl.openPromise(zip, { lazyEntries: true, autoClose: false }) })));
  const zips = opened.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
  const problems = opened.flatMap((o, i) => (o.status === "rejected" ? [`${paths[i]}: not a readable zip (${reason(o.reason)})`] : []));
  const files: ReleaseFile[] = [];
  for (const { zip, file } of zips) {
    try {
      for await (const entry of file.eachEntry()) {
        if (entry.fileName.endsWith("/")) continue;
        const name = path.posix.basename(entry.fileName);
        files.push({ name, label: `${zip}/${entry.fileName}`, open: () => file.openReadStreamPromise(entry) });
      }
    } catch (error) {
      problems.push(`${zip}: not a readable zip (${reason(error)})`);
    }
  }
  const close = () => zips.forEach(({ file }) => file.close());
  if (problems.length > 0) {
    close();
    throw new CaseloadReleaseError(problems);
  }
  return { label: paths.join(", "), files, close };
}

function folderRelease(folder: string): Release {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CaseloadReleaseError([`${folder}: not a folder of the release's tables, nor a zip`]);
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => diskFile(path.join(folder, entry.name)));
  return { label: folder, files, close: () => {} };
}

/** A file on disk, as a release file labelled by its path. */
export function diskFile(file: string): ReleaseFile {
  return { name: path.basename(file), label: file, open: async () => createReadStream(file, { highWaterMark: 1 << 20 }) };
}

const isZip = (file: string) => file.toLowerCase().endsWith(".zip");
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
