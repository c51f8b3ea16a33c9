/**
 * Leaky buckets of query-cost points, one per client (API key, or IP address when anonymous). A
 * bucket holds up to `capacity` points and refills at `restoreRate` points per second; a request
 * takes its cost out up front and is refused when the bucket holds less. `RateLimiter` keeps them in
 * this process's memory (PGlite: one process); on PostgreSQL every API process shares them through
 * `PgRateLimiter` (rate-limit-pg.ts), with the same semantics.
 */
export interface BucketPolicy {
  /** Name shown in the RateLimit headers ("key", "anonymous"). */
  name: string;
  capacity: number;
  /** Points restored per second. */
  restoreRate: number;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export type TakeResult = { allowed: true; status: ThrottleStatus } | { allowed: false; status: ThrottleStatus; retryAfterSeconds: number };

/** What the cost plugin, subscriptions and exports draw from: in memory, or shared in PostgreSQL. */
export interface BucketStore {
  take(options: { subject: string; policy: BucketPolicy; cost: number }): TakeResult | Promise<TakeResult>;
  refund(options: { subject: string; policy: BucketPolicy; points: number }): ThrottleStatus | Promise<ThrottleStatus>;
  settle(options: { subject: string; policy: BucketPolicy; reserved: number; actual: number }): ThrottleStatus | Promise<ThrottleStatus>;
  peek(options: { subject: string; policy: BucketPolicy }): ThrottleStatus | Promise<ThrottleStatus>;
}

interface Bucket {
  points: number;
  updatedAt: number;
  policy: BucketPolicy;
}

export class RateLimiter implements BucketStore {
  private readonly buckets = new Map<string, Bucket>();
  private readonly clock: () => number;
  private readonly maxBuckets: number;

  constructor(options: { clock?: () => number; maxBuckets?: number } = {}) {
    this.clock = options.clock ?? Date.now;
    this.maxBuckets = options.maxBuckets ?? 10_000;
  }

  /** Takes `cost` points from the subject's bucket, or refuses and says how long to wait. */
  take(options: { subject: string; policy: BucketPolicy; cost: number }): TakeResult {
    const { policy, cost } = options;
    const bucket = this.refill(options.subject, policy);
    if (cost > bucket.points) {
      const retryAfterSeconds = Math.max(1, Math.ceil((cost - bucket.points) / policy.restoreRate));
      return { allowed: false, retryAfterSeconds, status: this.status(bucket, policy) };
    }
    bucket.points -= cost;
    return { allowed: true, status: this.status(bucket, policy) };
  }

  /** Gives back points charged up front but not used (the requested cost minus the actual one). */
  refund(options: { subject: string; policy: BucketPolicy; points: number }): ThrottleStatus {
    const bucket = this.refill(options.subject, options.policy);
    bucket.points = Math.min(options.policy.capacity, bucket.points + Math.max(0, options.points));
    return this.status(bucket, options.policy);
  }

  /**
   * Squares a request whose cost is known only once it is done (an export): `reserved` points were
   * taken up front; the difference is given back, or taken even if that leaves the bucket in debt
   * (down to minus its capacity), so the client's next requests wait for it.
   */
  settle(options: { subject: string; policy: BucketPolicy; reserved: number; actual: number }): ThrottleStatus {
    const bucket = this.refill(options.subject, options.policy);
    bucket.points = Math.max(-options.policy.capacity, Math.min(options.policy.capacity, bucket.points + options.reserved - options.actual));
    return this.status(bucket, options.policy);
  }

  peek(options: { subject: string; policy: BucketPolicy }): ThrottleStatus {
    return this.status(this.refill(options.subject, options.policy), options.policy);
  }

  private refill(subject: string, policy: BucketPolicy): Bucket {
    const now = this.clock();
    let bucket = this.buckets.get(subject);
    if (!bucket) {
      if (this.buckets.size >= this.maxBuckets) this.forgetFullBuckets(now);
      bucket = { points: policy.capacity, updatedAt: now, policy };
      this.buckets.set(subject, bucket);
      return bucket;
    }
    bucket.points = Math.min(policy.capacity, bucket.points + ((now - bucket.updatedAt) / 1000) * policy.restoreRate);
    bucket.updatedAt = now;
    bucket.policy = policy;
    return bucket;
  }

  /** A bucket that has refilled is the same as no bucket: dropping those bounds memory. */
  private forgetFullBuckets(now: number): void {
    for (const [subject, { points, updatedAt, policy }] of this.buckets) {
      if (points + ((now - updatedAt) / 1000) * policy.restoreRate >= policy.capacity) this.buckets.delete(subject);
    }
  }

  private status(bucket: Bucket, policy: BucketPolicy): ThrottleStatus {
    return throttleStatus(policy, bucket.points);
  }
}

/**
 * `RateLimit-Policy` and `RateLimit` headers (IETF draft-ietf-httpapi-ratelimit-headers): the quota
 * in cost points, the window as the seconds an empty bucket takes to refill, what remains, and when
 * enough will be back (`t`, 0 unless the request was refused).
 */
/** A bucket's state as responses report it, from its policy and the points it holds. */
export function throttleStatus(policy: BucketPolicy, points: number): ThrottleStatus {
  return { maximumAvailable: policy.capacity, currentlyAvailable: Math.floor(points), restoreRate: policy.restoreRate };
}

export function rateLimitHeaders(policy: BucketPolicy, result: TakeResult | { status: ThrottleStatus }): Record<string, string> {
  const window = Math.ceil(policy.capacity / policy.restoreRate);
  const wait = "retryAfterSeconds" in result ? result.retryAfterSeconds : 0;
  const headers: Record<string, string> = {
    "RateLimit-Policy": `"${policy.name}";q=${policy.capacity};w=${window}`,
    RateLimit: `"${policy.name}";r=${result.status.currentlyAvailable};t=${wait}`,
  };
  if (wait > 0) headers["Retry-After"] = String(wait);
  return headers;
}
