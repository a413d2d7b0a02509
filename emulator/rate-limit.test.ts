import type { Models } from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';
import { startEmulator, type Emulator } from './server';
import { json, signedIn } from './testing';

describe('RateLimiter', () => {
  it('allows the limit in any 60 seconds and says when the next request may go', () => {
    const limiter = new RateLimiter(() => 2);
    expect(limiter.take('t', 0)).toBe(0);
    expect(limiter.take('t', 10_000)).toBe(0);
    expect(limiter.take('t', 20_000)).toBe(40);
    expect(limiter.take('other', 20_000)).toBe(0);
    expect(limiter.take('t', 59_500)).toBe(1);
    expect(limiter.take('t', 60_001)).toBe(0);
    expect(limiter.take('t', 60_002)).toBe(10);
  });
});

describe('the per-token rate limit', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimitPerMinute: 3 });
  });
  afterAll(() => emulator.close());

  it('answers 429 too.many.requests with Retry-After once a token is over the limit', async () => {
    const api = await signedIn(emulator, 'alex');
    for (let i = 0; i < 3; i += 1) expect((await api('/api/v2/users/me')).status).toBe(200);
    const limited = await api('/api/v2/users/me', { headers: { Origin: 'chrome-extension://abc' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect(await json<Models.ErrorBody>(limited)).toMatchObject({
      code: 'too.many.requests',
      status: 429,
      message: 'Rate limit exceeded the maximum [3] requests within [60] seconds',
    });
    const otherToken = await signedIn(emulator, 'alex');
    expect((await otherToken('/api/v2/users/me')).status).toBe(200);
  });

  it('follows a config change at once', async () => {
    await emulator.control.setConfig({ rateLimitPerMinute: 1 });
    const api = await signedIn(emulator, 'priya');
    expect((await api('/api/v2/users/me')).status).toBe(200);
    expect((await api('/api/v2/users/me')).status).toBe(429);
  });
});
