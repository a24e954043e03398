import { z } from "zod";

/**
 * One press release of the justice.gov API v1 (`/api/v1/press_releases.json`), as the
 * extraction reads it. `file` is where it was read: a file's path, or a page's URL.
 */
export interface PressRelease {
  uuid: string;
  title: string;
  bodyHtml: string;
  /** As the API gives it; a bare path is read on https://www.justice.gov. */
  url: string;
  /** yyyy-mm-dd, the day in UTC of the API's `date`; null when the record has none. */
  date: string | null;
  /** The first component's name, as the brief for the extraction asks; null when there is none. */
  component: string | null;
  /** Every component's name, in the API's order: the issuing USAO is not always the first. */
  components: string[];
  topics: string[];
  /** The API's `changed`, in epoch seconds: which of two copies of a release is newer. */
  changed: number | null;
  file: string;
}

/** A release's fields exactly as the API gave them: what a harvest writes out again. */
export type RawRecord = Record<string, unknown>;

// The largest epoch second that is still a date JavaScript prints (year 275760 aside, 9999 is plenty).
const lastEpochSecond = 253_402_300_799;

/**
 * Epoch seconds as the API writes them: a number, digits in a string, or (as `created` and
 * `changed` are in the API's own documentation) Drupal's `<time datetime="…">digits</time>`.
 * Empty or null is unknown.
 */
const epochSeconds = z.unknown().transform((value, ctx): number | null => {
  if (value === undefined || value === null || value === "") return null;
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? (/^\s*<time\b[^>]*>\s*(\d+)\s*<\/time>\s*$/.exec(value)?.[1] ?? value.trim()) : undefined;
  if (text !== undefined && /^\d+$/.test(text) && Number(text) <= lastEpochSecond) return Number(text);
  const shown = JSON.stringify(value);
  ctx.addIssue({ code: "custom", message: `must be epoch seconds (a whole number, or its digits in a string), not ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}` });
  return z.NEVER;
});

const required = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? "missing (required)" : `must be ${what}, not ${describe(issue.input)}`),
});
const named = z.object({ name: z.string(required("a string")) });
const nameList = (field: string) =>
  z.union([z.array(named), z.literal(""), z.null()], { error: `${field} must be a list of objects with a name, "" or null` }).optional();

/** One record of `results`. Fields the extraction does not read (teaser, attachment, …) are kept in the raw record only. */
export const releaseRecordSchema = z.object({
  uuid: z.string(required("a string")).trim().min(1, "must not be empty"),
  title: z.string(required("a string")),
  body: z.string(required("a string (the release's HTML)")),
  url: z
    .string(required("a string"))
    .trim()
    .refine((url) => URL.canParse(absoluteUrl(url)), "must be a URL, or a path on www.justice.gov"),
  date: epochSeconds,
  changed: epochSeconds.optional(),
  component: nameList("component"),
  // A list of {name}, or (in the API's documented blog entries) links as HTML: `<a href="…">Civil Rights</a>, …`.
  topic: z.union([z.array(named), z.string(), z.null()], { error: `topic must be a list of objects with a name, a string or null` }).optional(),
});

/** The release a valid record states. */
export function toRelease(record: z.output<typeof releaseRecordSchema>, file: string): PressRelease {
  const components = (record.component || []).map((c) => c.name.trim()).filter((name) => name !== "");
  return {
    uuid: record.uuid,
    title: record.title.trim(),
    bodyHtml: record.body,
    url: absoluteUrl(record.url),
    date: record.date === null ? null : dayInUtc(record.date),
    component: components[0] ?? null,
    components,
    topics: topicNames(record.topic),
    changed: record.changed ?? null,
    file,
  };
}

/**
 * The API's `date` is a day stored at 12:00 UTC (its documentation's 1723032000 is
 * 2024-08-07T12:00:00Z, for a release created at 21:45 UTC that day), Drupal's way of keeping a
 * date without a time the same day in every zone. So the UTC day is the published day.
 */
export function dayInUtc(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10);
}

/** A bare path (`/usao-mn/pr/…`) is a page of www.justice.gov; anything else is kept as given. */
function absoluteUrl(url: string): string {
  return url.startsWith("/") && !url.startsWith("//") ? `https://www.justice.gov${url}` : url;
}

function topicNames(topic: z.output<typeof releaseRecordSchema>["topic"]): string[] {
  if (topic === undefined || topic === null) return [];
  if (Array.isArray(topic)) return topic.map((t) => t.name.trim()).filter((name) => name !== "");
  const links = [...topic.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)].map((m) => m[1]!);
  return (links.length > 0 ? links : [topic]).map((text) => decodeEntities(text.replace(/<[^>]*>/g, "")).trim()).filter((name) => name !== "");
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#0?39|nbsp);/g, (_, entity: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#039": "'", nbsp: " " })[entity]!);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}
