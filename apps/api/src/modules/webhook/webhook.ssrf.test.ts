import { forbiddenAddressReason, guardedLookup, webhookUrlProblem } from "./webhook.ssrf";

describe("webhook SSRF guard", () => {
  const strict = { allowLoopback: false };
  it("refuses loopback, private, link-local, multicast and reserved addresses, IPv4 and IPv6", () => {
    for (const address of [
      "127.0.0.1",
      "127.8.9.10",
      "::1",
      "10.0.0.1",
      "172.16.5.4",
      "192.168.0.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
      "::",
      "fe80::1",
      "fd00::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
    ])
      expect(forbiddenAddressReason(address, strict)).not.toBeNull();
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"]) expect(forbiddenAddressReason(address, strict)).toBeNull();
  });

  it("lets loopback through when allowed, and nothing else", () => {
    expect(forbiddenAddressReason("127.0.0.1", { allowLoopback: true })).toBeNull();
    expect(forbiddenAddressReason("::1", { allowLoopback: true })).toBeNull();
    expect(forbiddenAddressReason("169.254.169.254", { allowLoopback: true })).not.toBeNull();
    expect(forbiddenAddressReason("10.0.0.1", { allowLoopback: true })).not.toBeNull();
  });

  it("checks URLs at registration: scheme, credentials, address literals and local names", () => {
    const problem = (url: string) => webhookUrlProblem(new URL(url), strict);
    expect(problem("ftp://example.com/")).toMatch(/http\(s\)/);
    expect(problem("https://user:pw@example.com/")).toMatch(/credentials/);
    expect(problem("http://[::1]:8080/")).toMatch(/loopback/);
    expect(problem("http://0x7f000001/")).toMatch(/loopback/); // the URL parser reads hex IPv4 as 127.0.0.1
    expect(problem("http://localhost/")).toMatch(/this machine/);
    expect(problem("https://partner.example.com/hook")).toBeNull();
  });

  it("refuses, at connection time, a name that resolves to a forbidden address", async () => {
    const lookup = guardedLookup(strict);
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => lookup("localhost", { all: false }, (failure) => resolve(failure)));
    expect(error?.code).toBe("EADDRNOTALLOWED");
    expect(error?.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
  });
});
