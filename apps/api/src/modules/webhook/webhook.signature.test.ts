import crypto from "node:crypto";
import { signPayload, verifySignature } from "./webhook.signature";

describe("webhook signatures", () => {
  const secret = "whsec_test-secret";
  const body = JSON.stringify({ event: { id: "RXZlbnQ6MQ", title: "Meta hires Mark Chen" }, deliveryId: "7", webhookId: "1" });
  const timestamp = 1_767_225_600;

  it("signs t=<ts>,v1=<hex HMAC-SHA256(secret, ts.body)>", () => {
    const expected = crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
    expect(signPayload({ secret, timestamp, body })).toBe(`t=${timestamp},v1=${expected}`);
  });

  it("verifies its own signature within the tolerance", () => {
    const header = signPayload({ secret, timestamp, body });
    expect(verifySignature({ secret, header, body, nowSeconds: timestamp })).toBe(true);
    expect(verifySignature({ secret, header, body, nowSeconds: timestamp + 299 })).toBe(true);
  });

  it("refuses a changed body, another secret, a stale or future timestamp, and malformed headers", () => {
    const header = signPayload({ secret, timestamp, body });
    expect(verifySignature({ secret, header, body: body.replace("Chen", "Chan"), nowSeconds: timestamp })).toBe(false);
    expect(verifySignature({ secret: "whsec_other", header, body, nowSeconds: timestamp })).toBe(false);
    expect(verifySignature({ secret, header, body, nowSeconds: timestamp + 301 })).toBe(false);
    expect(verifySignature({ secret, header, body, nowSeconds: timestamp - 301 })).toBe(false);
    // The timestamp is signed: moving it forward to pass the tolerance breaks the signature.
    expect(verifySignature({ secret, header: header.replace(`t=${timestamp}`, `t=${timestamp + 1000}`), body, nowSeconds: timestamp + 1000 })).toBe(false);
    for (const bad of [undefined, "", "v1=abc", `t=${timestamp}`, `t=${timestamp},v1=zz`, `t=soon,v1=${"0".repeat(64)}`])
      expect(verifySignature({ secret, header: bad, body, nowSeconds: timestamp })).toBe(false);
  });

  it("accepts the header when any v1 entry matches", () => {
    const header = signPayload({ secret, timestamp, body });
    const [t, v1] = header.split(",");
    expect(verifySignature({ secret, header: `${t},v1=${"0".repeat(64)},${v1}`, body, nowSeconds: timestamp })).toBe(true);
  });
});
