import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The harvest's cache: one folder per title term (and API URL), holding each page as the API
 * sent it, `page-0003.json`, and the term's cursor, `cursor.json`. A page fetched again (the
 * first of each run) does not overwrite the one before: that is kept as
 * `page-0000.replaced-1.json` (then `-2`, …), because newer releases push older ones from one page onto
 * the next, and the old copy is then the only one that holds them.
 */
export interface TermCache {
  dir: string;
  /** The current copy of each cached page, by page number. */
  pages(): Promise<Map<number, { file: string; json: unknown }>>;
  cursorFile: string;
  /** Every page file, replaced copies included: the current pages first, then the replaced ones, newest first. */
  allPages(): Promise<{ file: string; json: unknown }[]>;
  /** Keeps a freshly fetched page, and the copy it replaces. */
  writePage(page: number, json: unknown): Promise<void>;
  readCursor(): Promise<Cursor | undefined>;
  writeCursor(cursor: Cursor): Promise<void>;
}

/** Where a term's harvest stands: the next page to read, for which --since, and whether it reached the end. */
export interface Cursor {
  term: string | null;
  since: string;
  nextPage: number;
  complete: boolean;
  updated: string;
}

const pageFile = /^page-(\d+)(?:\.replaced-(\d+))?\.json$/;

/** The folder of one title term (null: no filter) at one API URL, named so people can tell which. */
export function termCache(cacheDir: string, apiUrl: string, term: string | null): TermCache {
  const slug = term === null ? "all" : `term-${term.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40)}`;
  const hash = createHash("sha256").update(`${apiUrl}\n${term ?? ""}`).digest("hex").slice(0, 8);
  const dir = path.join(cacheDir, `${slug}-${hash}`);
  const cursorFile = path.join(dir, "cursor.json");
  const name = (page: number) => `page-${String(page).padStart(4, "0")}`;

  /** The page files as [file, page, replaced copy's number or undefined]: current pages in page order, then replaced copies, newest first. */
  const list = async () =>
    (await readdir(dir).catch(() => [] as string[]))
      .map((file) => pageFile.exec(file))
      .filter((m) => m !== null)
      .map((m) => ({ file: m[0], page: Number(m[1]), copy: m[2] === undefined ? undefined : Number(m[2]) }))
      .sort((a, b) => Number(a.copy !== undefined) - Number(b.copy !== undefined) || (b.copy ?? 0) - (a.copy ?? 0) || a.page - b.page);
  const readJson = async (file: string) => JSON.parse(await readFile(path.join(dir, file), "utf8")) as unknown;

  return {
    dir,
    cursorFile,
    async pages() {
      const pages = new Map<number, { file: string; json: unknown }>();
      for (const { file, page, copy } of await list()) if (copy === undefined) pages.set(page, { file: path.join(dir, file), json: await readJson(file) });
      return pages;
    },
    async allPages() {
      return Promise.all((await list()).map(async ({ file }) => ({ file: path.join(dir, file), json: await readJson(file) })));
    },
    async writePage(page, json) {
      await mkdir(dir, { recursive: true });
      const files = await list();
      if (files.some((f) => f.page === page && f.copy === undefined)) {
        const copies = files.filter((f) => f.page === page && f.copy !== undefined).map((f) => f.copy!);
        await rename(path.join(dir, `${name(page)}.json`), path.join(dir, `${name(page)}.replaced-${Math.max(0, ...copies) + 1}.json`));
      }
      await writeAtomically(path.join(dir, `${name(page)}.json`), JSON.stringify(json));
    },
    async readCursor() {
      const text = await readFile(cursorFile, "utf8").catch(() => undefined);
      return text === undefined ? undefined : (JSON.parse(text) as Cursor);
    },
    async writeCursor(cursor) {
      await mkdir(dir, { recursive: true });
      await writeAtomically(cursorFile, `${JSON.stringify(cursor, null, 2)}\n`);
    },
  };
}

/** Written beside and renamed: a run stopped mid-write leaves the old file or the new, never half of one. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.partial`, text);
  await rename(`${file}.partial`, file);
}
