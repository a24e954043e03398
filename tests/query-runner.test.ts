import net from "node:net";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../src/db/driver.ts";
import { freePort } from "../src/db/local-neo4j/ports.ts";
import { noRows, oneRow, type Query } from "../src/db/query.ts";
import { QueryRunner } from "../src/db/query-runner.ts";
import { DatabaseBusyError, DatabaseUnavailableError, QueryTimeoutError, RowShapeError } from "../src/errors.ts";
import { z } from "zod";
import { testDriver, testIdPrefix } from "./helpers/db.ts";

// The one way to the database, against the real Neo4j: reads marked as reads, timeouts on
// reads and writes, busy past the limit on heavy queries, and a fast failure while the
// database is down. Queries here are the test's own (a test may write Cypher inline).

const { driver, database, db } = testDriver();
const p = testIdPrefix();
const neo4j = inject("neo4j");
afterAll(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p }, { database });
  await driver.close();
});

const query = <T>(name: string, text: string, decode: Query<T>["decode"], heavy = false): Query<T> => ({ name, text, decode, heavy });
const write = query("test/write", "CREATE (:Entity:Source {id: $id})", noRows);
const count = query("test/count", "MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS n", oneRow(z.object({ n: z.number() })));

describe("the query runner", () => {
  it("marks reads as reads: a write sent as a read is refused by Neo4j itself", async () => {
    await expect(db.read(write, { id: `${p}mode-read` })).rejects.toMatchObject({ code: "Neo.ClientError.Statement.AccessMode" });
    await db.write(write, { id: `${p}mode-write` });
    expect(await db.read(count, { p: `${p}mode-` })).toEqual({ n: 1 });
  });

  it("stops a read or a write that runs past its timeout, as TIMEOUT", async () => {
    const quick = new QueryRunner(driver, { database, timeoutMs: 100, heavyLimit: 8 });
    // A lock the test holds keeps the write waiting; a long computation keeps the read busy.
    const session = driver.session({ database });
    const holder = await session.beginTransaction();
    await db.write(write, { id: `${p}locked` });
    await holder.run("MATCH (n:Entity {id: $id}) SET n.held = true", { id: `${p}locked` });
    try {
      const blocked = query("test/blocked", "MATCH (n:Entity {id: $id}) SET n.touched = true", noRows);
      await expect(quick.write(blocked, { id: `${p}locked` })).rejects.toBeInstanceOf(QueryTimeoutError);
      const slow = query("test/slow", "UNWIND range(1, 100000000) AS x RETURN count(x) AS n", oneRow(z.object({ n: z.number() })));
      await expect(quick.read(slow)).rejects.toBeInstanceOf(QueryTimeoutError);
    } finally {
      await holder.rollback();
      await session.close();
    }
  });

  it("refuses a heavy query past the limit at once, as busy with a time to retry, and no lighter one", async () => {
    const limited = new QueryRunner(driver, { database, timeoutMs: 30_000, heavyLimit: 2 });
    await db.write(write, { id: `${p}busy` });
    // Two heavy writes wait on a lock the test holds: both slots are taken until it lets go.
    const session = driver.session({ database });
    const holder = await session.beginTransaction();
    await holder.run("MATCH (n:Entity {id: $id}) SET n.held = true", { id: `${p}busy` });
    const heavy = query("test/heavy", "MATCH (n:Entity {id: $id}) SET n.touched = coalesce(n.touched, 0) + 1", noRows, true);
    const waiting = [limited.write(heavy, { id: `${p}busy` }), limited.write(heavy, { id: `${p}busy` })];
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = performance.now();
      const third = await limited.write(heavy, { id: `${p}busy` }).catch((error: unknown) => error);
      expect(performance.now() - started).toBeLessThan(100);
      expect(third).toBeInstanceOf(DatabaseBusyError);
      expect((third as DatabaseBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
      // A query that is not heavy is not held back.
      expect(await limited.read(count, { p: `${p}busy` })).toEqual({ n: 1 });
    } finally {
      await holder.commit();
      await session.close();
    }
    await Promise.all(waiting);
    // Once they are done, heavy queries run again.
    await limited.write(heavy, { id: `${p}busy` });
    const touched = query("test/touched", "MATCH (n:Entity {id: $id}) RETURN n.touched AS n", oneRow(z.object({ n: z.number() })));
    expect(await db.read(touched, { id: `${p}busy` })).toEqual({ n: 3 });
  });

  it("fails fast while the database is down, and answers again once it is back", async () => {
    // A TCP relay in front of the test Neo4j stands for the network to it: cut, then restored.
    const relay = await tcpRelay(new URL(neo4j.uri.replace(/^[a-z+]+:/, "http:")).port);
    const relayed = createDriver({ ...neo4j, uri: `bolt://127.0.0.1:${relay.port}` });
    const runner = new QueryRunner(relayed, { database, timeoutMs: 30_000, heavyLimit: 8, probeIntervalMs: 200 });
    await db.write(write, { id: `${p}outage` });
    try {
      expect(await runner.read(count, { p: `${p}outage` })).toEqual({ n: 1 });
      await relay.cut();
      await expect(runner.read(count, { p: `${p}outage` })).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(runner.state.up).toBe(false);
      const started = performance.now();
      await expect(runner.read(count, { p: `${p}outage` })).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(performance.now() - started).toBeLessThan(100);

      await relay.restore();
      const deadline = Date.now() + 15_000;
      while (!runner.state.up && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(runner.state.up).toBe(true);
      expect(await runner.read(count, { p: `${p}outage` })).toEqual({ n: 1 });
    } finally {
      runner.close();
      await relayed.close();
      await relay.close();
    }
  });

  it("fails loudly on a row that lacks a column its decoder expects", async () => {
    const renamed = query("test/renamed", "RETURN 1 AS total", oneRow(z.object({ n: z.number() })));
    await expect(db.read(renamed)).rejects.toThrow(new RowShapeError("cypher/test/renamed.cypher, row 1: n: Invalid input: expected number, received undefined"));
  });
});

/** A TCP relay to 127.0.0.1:`target` that can drop every connection and refuse new ones, then take them again. */
async function tcpRelay(target: string) {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target), "127.0.0.1");
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const cut = async () => {
    await new Promise<void>((resolve) => {
      server!.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  };
  await listen();
  return { port, cut, restore: listen, close: () => (server?.listening ? cut() : Promise.resolve()) };
}
