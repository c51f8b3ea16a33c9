import { RateLimiter, rateLimitHeaders, type BucketPolicy } from "./rate-limit";

const policy: BucketPolicy = { name: "anonymous", capacity: 1000, restoreRate: 100 };

function limiterAt(start = 0) {
  const clock = { now: start };
  return { clock, limiter: new RateLimiter({ clock: () => clock.now }) };
}

describe("RateLimiter (leaky bucket of cost points)", () => {
  it("starts full, takes costs, refuses what it no longer holds and says how long to wait", () => {
    const { limiter } = limiterAt();
    expect(limiter.take({ subject: "ip:a", policy, cost: 600 })).toEqual({
      allowed: true,
      status: { maximumAvailable: 1000, currentlyAvailable: 400, restoreRate: 100 },
    });
    const refused = limiter.take({ subject: "ip:a", policy, cost: 650 });
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 3, status: { currentlyAvailable: 400 } });
    // A refused request takes nothing.
    expect(limiter.peek({ subject: "ip:a", policy }).currentlyAvailable).toBe(400);
  });

  it("refills at the restore rate, never above capacity, and keeps clients apart", () => {
    const { clock, limiter } = limiterAt();
    limiter.take({ subject: "ip:a", policy, cost: 1000 });
    expect(limiter.peek({ subject: "ip:b", policy }).currentlyAvailable).toBe(1000);
    clock.now += 2500;
    expect(limiter.peek({ subject: "ip:a", policy }).currentlyAvailable).toBe(250);
    clock.now += 60_000;
    expect(limiter.peek({ subject: "ip:a", policy }).currentlyAvailable).toBe(1000);
  });

  it("gives refunds back up to capacity", () => {
    const { limiter } = limiterAt();
    limiter.take({ subject: "k", policy, cost: 900 });
    expect(limiter.refund({ subject: "k", policy, points: 850 }).currentlyAvailable).toBe(950);
    expect(limiter.refund({ subject: "k", policy, points: 850 }).currentlyAvailable).toBe(1000);
  });

  it("forgets refilled buckets when it holds too many", () => {
    const { clock } = limiterAt();
    const small = new RateLimiter({ clock: () => clock.now, maxBuckets: 2 });
    small.take({ subject: "a", policy, cost: 10 });
    small.take({ subject: "b", policy, cost: 10 });
    clock.now += 1000;
    small.take({ subject: "c", policy, cost: 10 });
    expect((small as unknown as { buckets: Map<string, unknown> }).buckets.size).toBe(1);
  });

  it("renders IETF RateLimit headers, with Retry-After only when refused", () => {
    const { limiter } = limiterAt();
    const ok = limiter.take({ subject: "a", policy, cost: 100 });
    expect(rateLimitHeaders(policy, ok)).toEqual({ "RateLimit-Policy": '"anonymous";q=1000;w=10', RateLimit: '"anonymous";r=900;t=0' });
    const refused = limiter.take({ subject: "a", policy, cost: 1000 });
    expect(rateLimitHeaders(policy, refused)).toEqual({
      "RateLimit-Policy": '"anonymous";q=1000;w=10',
      RateLimit: '"anonymous";r=900;t=1',
      "Retry-After": "1",
    });
  });
});
