import crypto from "node:crypto";

/** Headers of every delivery (docs/api.md, "Webhooks"). */
export const DELIVERY_ID_HEADER = "Orchard-Delivery-Id";
export const TIMESTAMP_HEADER = "Orchard-Timestamp";
export const SIGNATURE_HEADER = "Orchard-Signature";

/** Deliveries older than this are refused by `verifySignature`: a captured request cannot be replayed later. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

function hmac(secret: string, timestamp: number, body: string): string {
  return crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`: the timestamp is signed with the body. */
export function signPayload(options: { secret: string; timestamp: number; body: string }): string {
  return `t=${options.timestamp},v1=${hmac(options.secret, options.timestamp, options.body)}`;
}

/**
 * What a receiver does: parse the header, recompute the HMAC over the raw body, compare in constant
 * time, and refuse timestamps too far from now. Any `v1` entry may match, so the header can grow
 * (e.g. two signatures while a secret rotates) without breaking receivers.
 */
export function verifySignature(options: { secret: string; header: string | undefined; body: string; nowSeconds?: number; toleranceSeconds?: number }): boolean {
  if (!options.header) return false;
  const parts = options.header.split(",").map((part) => part.trim().split("="));
  const timestamp = Number(parts.find(([name]) => name === "t")?.[1]);
  if (!Number.isInteger(timestamp)) return false;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(hmac(options.secret, timestamp, options.body), "hex");
  return parts.filter(([name, value]) => name === "v1" && /^[0-9a-f]{64}$/.test(value ?? "")).some(([, value]) => crypto.timingSafeEqual(Buffer.from(value, "hex"), expected));
}
