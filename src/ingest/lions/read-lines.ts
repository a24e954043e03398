import { TableStreamError } from "./read-table.ts";
import type { ReleaseFile } from "./release-source.ts";

/** A line of a text file of a release: its number (from 1) and its text, the line break and a trailing carriage return removed. */
export interface TextLine {
  number: number;
  text: string;
}

/**
 * Streams a release file (from a folder or out of a zip) line by line, never holding it, for
 * the files that are not fixed-width tables of one layout (the code tables of
 * global_LIONS.txt). Read as latin1, like the tables. A stream that fails rejects with a
 * TableStreamError naming the file and the reason.
 */
export async function* readLines(file: ReleaseFile): AsyncGenerator<TextLine> {
  let rest = "";
  let number = 0;
  const line = (text: string): TextLine => ({ number: ++number, text: text.endsWith("\r") ? text.slice(0, -1) : text });
  let stream: AsyncIterable<Buffer>;
  try {
    stream = (await file.open()) as AsyncIterable<Buffer>;
  } catch (error) {
    throw streamError(file, error);
  }
  const iterator = stream[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw streamError(file, error);
    }
    if (next.done) break;
    const parts = (rest + next.value.toString("latin1")).split("\n");
    rest = parts.pop()!;
    for (const text of parts) yield line(text);
  }
  if (rest !== "") yield line(rest);
}

const streamError = (file: ReleaseFile, error: unknown) => new TableStreamError(`${file.label}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
