export const RATE_WINDOW_SECONDS = 60;

/**
 * Requests per access token in a sliding 60-second window, like the service's
 * `token.rate.per.minute` limit (facts file, section 4.2).
 */
export class RateLimiter {
  private readonly requests = new Map<string, number[]>();

  /** @param limit read on every request, so a config change applies at once. */
  constructor(private readonly limit: () => number) {}

  /** Counts the request and returns 0, or returns the whole seconds until one may be made. */
  take(key: string, now = Date.now()): number {
    const windowStart = now - RATE_WINDOW_SECONDS * 1000;
    const recent = (this.requests.get(key) ?? []).filter((time) => time > windowStart);
    const limit = this.limit();
    if (recent.length >= limit) {
      this.requests.set(key, recent);
      const oldest = recent[recent.length - limit] ?? now;
      return Math.max(1, Math.ceil((oldest - windowStart) / 1000));
    }
    recent.push(now);
    this.requests.set(key, recent);
    return 0;
  }

  reset(): void {
    this.requests.clear();
  }
}
