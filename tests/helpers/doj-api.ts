import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Clock } from "../../src/ingest/doj/rate-limit.ts";

/** A record as the API v1 sends one; these are plainly synthetic. */
export type ApiRecord = Record<string, unknown> & { uuid: string; title: string; date: string };

/** A failure the server plays instead of a page. */
export type Fault = { status: number; retryAfter?: string } | { truncated: true } | { cut: true };

/** Noon UTC of a day in epoch seconds, as the API stores a release's date. */
export const noonUtc = (day: string) => String(Date.parse(`${day}T12:00:00Z`) / 1000);

/** Synthetic release n, dated `day`. */
export function syntheticRelease(n: number, day: string, title = `Synthetic release ${n}`): ApiRecord {
  return {
    uuid: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    title,
    body: `<p>Synthetic body ${n}.</p>`,
    url: `https://example.org/synthetic-${n}`,
    date: noonUtc(day),
    changed: noonUtc(day),
    component: [{ name: "Synthetic Component A" }],
    topic: [],
  };
}

/** The day `offset` days before `day`, yyyy-mm-dd. */
export const daysBefore = (day: string, offset: number) => new Date(Date.parse(`${day}T00:00:00Z`) - offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A local HTTP server that plays /api/v1/press_releases.json: `parameters[title]` (a
 * case-insensitive substring of the title), sort=date&direction=DESC, pagesize (at most 50)
 * and page, with `metadata.resultset.count` as a string, as the real API writes it. Faults
 * queued for a page are played, one per request, before the page is served; `failForever`
 * makes a page answer 500 until `recover()`. `seen` lists every request as "title|page".
 */
export async function startDojApi(initial: ApiRecord[]) {
  let releases = [...initial];
  const seen: string[] = [];
  const faults = new Map<string, Fault[]>();
  const forever = new Set<string>();
  const key = (title: string | null, page: number) => `${title ?? ""}|${page}`;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url!, "http://localhost");
    const title = url.searchParams.get("parameters[title]");
    const page = Number(url.searchParams.get("page") ?? 0);
    const size = Math.min(50, Number(url.searchParams.get("pagesize") ?? 20));
    seen.push(key(title, page));
    const fault = forever.has(key(title, page)) ? { status: 500 } : faults.get(key(title, page))?.shift();
    const matching = releases
      .filter((r) => title === null || r.title.toLowerCase().includes(title.toLowerCase()))
      .sort((a, b) => Number(b.date) - Number(a.date) || a.uuid.localeCompare(b.uuid));
    const body = JSON.stringify({
      metadata: { responseInfo: { status: 200 }, resultset: { count: String(matching.length), pagesize: String(size), page }, executionTime: 0.01 },
      results: matching.slice(page * size, (page + 1) * size),
    });
    if (fault === undefined) {
      response.writeHead(200, { "content-type": "application/json" }).end(body);
    } else if ("status" in fault) {
      response.writeHead(fault.status, fault.retryAfter === undefined ? {} : { "retry-after": fault.retryAfter }).end("<html>busy</html>");
    } else if ("truncated" in fault) {
      // The page cut off, but the response ends cleanly: only the JSON parser can tell.
      response.writeHead(200, { "content-type": "application/json" }).end(body.slice(0, body.length / 2));
    } else {
      // The connection dropped halfway through the promised length.
      response.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
      response.write(body.slice(0, body.length / 2), () => request.socket.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/v1/press_releases.json`,
    seen,
    /** Queues faults for a page of a term (null: no title filter). */
    fail: (title: string | null, page: number, ...queued: Fault[]) => faults.set(key(title, page), queued),
    failForever: (title: string | null, page: number) => forever.add(key(title, page)),
    recover: () => forever.clear(),
    /** Publishes more releases. */
    add: (...more: ApiRecord[]) => {
      releases = [...releases, ...more];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A clock whose sleeps return at once and move it on, each one recorded. */
export function testClock(start = Date.parse("2025-07-01T00:00:00Z")): Clock & { waits: number[] } {
  let now = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
}
