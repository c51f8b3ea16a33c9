import dns from "node:dns";
import net from "node:net";
import type { LookupFunction } from "node:net";

/**
 * Webhooks make the API send requests to addresses a partner chooses: without a guard, a key holder
 * could make it call its own network (cloud metadata at 169.254.169.254, databases on 10.x, the API
 * itself on 127.0.0.1). Only public unicast addresses are allowed; `allowLoopback` (tests, a
 * receiver on the same machine) lets 127.0.0.0/8 and ::1 through, and nothing else.
 */

const loopback = new net.BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

const forbidden = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  forbidden.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["64:ff9b::", 96], // NAT64: reaches IPv4 addresses through a translator
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const)
  forbidden.addSubnet(network, prefix, "ipv6");

/** An IPv4 address written as IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address. */
function normalize(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], family: "ipv4" };
  return { address, family: net.isIPv6(address) ? "ipv6" : "ipv4" };
}

/** Why a webhook may not target `address` (an IP literal), or null when it may. */
export function forbiddenAddressReason(rawAddress: string, options: { allowLoopback: boolean }): string | null {
  const { address, family } = normalize(rawAddress.replace(/^\[|\]$/g, ""));
  if (!net.isIP(address)) return `${rawAddress} is not an IP address`;
  if (loopback.check(address, family)) return options.allowLoopback ? null : `${address} is a loopback address`;
  if (forbidden.check(address, family)) return `${address} is a private, link-local, multicast or reserved address`;
  return null;
}

/** Names that always mean this machine, whatever DNS says. */
const LOCAL_NAMES = /^(localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)$|\.localhost$/i;

/**
 * Registration-time check of a webhook URL: http(s) only, no credentials, and a host that is not a
 * forbidden address literal or a local name. Names are resolved again at every delivery.
 */
export function webhookUrlProblem(url: URL, options: { allowLoopback: boolean }): string | null {
  if (url.protocol !== "https:" && url.protocol !== "http:") return `A webhook URL must be http(s), got ${url.protocol}`;
  if (url.username || url.password) return "A webhook URL must not hold credentials: verify the signature instead.";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host)) {
    const reason = forbiddenAddressReason(host, options);
    return reason ? `A webhook cannot target ${reason}.` : null;
  }
  if (LOCAL_NAMES.test(host) && !options.allowLoopback) return `A webhook cannot target ${host}: it names this machine.`;
  return null;
}

/**
 * A DNS lookup for outgoing webhook connections that refuses forbidden addresses: the address
 * checked is the one connected to, so a name that resolves to a public address at registration and
 * to 127.0.0.1 later (DNS rebinding) is still refused.
 */
export function guardedLookup(options: { allowLoopback: boolean }): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    dns.lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses;
      for (const entry of list) {
        const reason = forbiddenAddressReason(entry.address, options);
        if (reason) {
          const refused = Object.assign(new Error(`${hostname} resolves to ${entry.address}: ${reason}`), { code: "EADDRNOTALLOWED" });
          return callback(refused, "", 0);
        }
      }
      if (lookupOptions.all) return (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
