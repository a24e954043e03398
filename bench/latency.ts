/** Latency percentiles in milliseconds, by the nearest-rank method. */
export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}

export function percentiles(samplesMs: number[]): Latency {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: at(50), p95: at(95), p99: at(99), samples: sorted.length };
}

/**
 * Runs `call` up to `warmup` times unmeasured, then up to `iterations` times, one after
 * another. A slow query stops early, after at least one measured call, once `budgetMs` is
 * spent (a fifth of it on warm-up), so that one query at 10^5 cases cannot take an hour;
 * `samples` says how many calls each figure rests on.
 */
export async function measure<T>(
  call: () => Promise<T>,
  { warmup, iterations, budgetMs }: { warmup: number; iterations: number; budgetMs: number },
): Promise<Latency & { first: T }> {
  const started = Date.now();
  // The first call's answer is kept (its size is reported); it is a warm-up call when there are any.
  let first: { value: T } | undefined;
  const timed = async () => {
    const value = await call();
    first ??= { value };
  };
  for (let i = 0; i < warmup && Date.now() - started < budgetMs / 5; i++) await timed();
  const samples: number[] = [];
  while (samples.length < iterations && (samples.length === 0 || Date.now() - started < budgetMs)) {
    const t = process.hrtime.bigint();
    await timed();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ...percentiles(samples), first: first!.value };
}
