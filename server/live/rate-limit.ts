/**
 * Counts failed attempts per key (an IP address, a session) in a sliding window: once `limit`
 * failures happened within `windowMs`, the key is refused until the oldest one leaves the window.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Milliseconds to wait before trying again, or 0 when allowed. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    return Math.max(1, (recent[0] ?? 0) + this.windowMs - this.now());
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }
}
