/**
 * Failed write-token attempts per client address. After `maxFailures` in `windowMs`, that
 * address is refused anything that carries a token until the oldest failure ages out, so a
 * token cannot be guessed at the speed of the API. Memory stays bounded: at most `maxClients`
 * addresses are remembered, the longest quiet first forgotten.
 */
export class AuthFailures {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 60_000,
    private readonly maxClients = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `client` may try again, or 0 when it may try now. */
  retryAfter(client: string): number {
    const recent = this.recent(client);
    if (recent.length < this.maxFailures) return 0;
    return Math.ceil((recent[recent.length - this.maxFailures]! + this.windowMs - this.now()) / 1000);
  }

  record(client: string): void {
    const recent = [...this.recent(client), this.now()].slice(-this.maxFailures);
    this.failures.delete(client);
    this.failures.set(client, recent);
    if (this.failures.size > this.maxClients) this.failures.delete(this.failures.keys().next().value!);
  }

  private recent(client: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(client) ?? []).filter((t) => t > since);
  }
}
