// Private-address guard and the DNS lookup every link-check connection goes through.
// Order: `links.resolve` entries (like curl --resolve), RFC 6761 special names, then the system
// resolver. The guard then drops loopback, RFC 1918, link-local/metadata, CGNAT, ULA and the other
// non-unicast ranges (IPv6 forms carrying an IPv4 address — mapped, compatible, NAT64, 6to4 — are
// judged by that address), unless private hosts are allowed.
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

export const PRIVATE_ADDRESS_CODE = 'ERR_PRIVATE_ADDRESS';

/** Thrown (through the socket) when a host resolves only to addresses the guard refuses. */
export class PrivateAddressError extends Error {
  readonly code = PRIVATE_ADDRESS_CODE;
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to the private address ${address}`);
  }
}

/**
 * The IPv4 address an IPv6 address carries, for the forms that route to it: IPv4-mapped
 * (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96, RFC 6145), IPv4-compatible (::/96, RFC 4291
 * §2.5.5.1, deprecated but still routed by some stacks), NAT64 (64:ff9b::/96, RFC 6052) and 6to4
 * (2002::/16, RFC 3056). Null for any other IPv6 address.
 */
export function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = address.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const zeros = (from: number, to: number) => p.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && p[5] === 0xffff) return v4(p[6]!, p[7]!);
  if (zeros(0, 4) && p[4] === 0xffff && p[5] === 0) return v4(p[6]!, p[7]!);
  if (zeros(0, 6) && (p[6] !== 0 || p[7]! > 1)) return v4(p[6]!, p[7]!);
  if (p[0] === 0x64 && p[1] === 0xff9b && zeros(2, 6)) return v4(p[6]!, p[7]!);
  if (p[0] === 0x2002) return v4(p[1]!, p[2]!);
  return null;
}

/**
 * True for every address that is not public unicast. IPv6 forms that carry an IPv4 address
 * (see embeddedIPv4) are judged by that IPv4 address; an unparsable string counts as private.
 */
export function isPrivateAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return true;
  }
  if (parsed.kind() === 'ipv6') {
    const inner = embeddedIPv4(parsed as ipaddr.IPv6);
    if (inner) return inner.range() !== 'unicast';
  }
  return parsed.range() !== 'unicast';
}

/** The IP address a URL hostname spells literally ("[::1]" → "::1"), or null for a name. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return net.isIP(bare) ? bare : null;
}

export interface AddressPolicy {
  allowPrivateHosts: boolean;
  /** Addresses exempt from the guard even when private hosts are not allowed. */
  allowAddresses?: Iterable<string>;
}

export type AddressCheck = (address: string) => boolean;

/** A predicate: may the engine connect to this address? */
export function addressChecker(policy: AddressPolicy): AddressCheck {
  if (policy.allowPrivateHosts) return () => true;
  const exempt = new Set([...(policy.allowAddresses ?? [])].map(normalizeAddress));
  return (address) => exempt.has(normalizeAddress(address)) || !isPrivateAddress(address);
}

function normalizeAddress(address: string): string {
  try {
    return ipaddr.process(address).toNormalizedString();
  } catch {
    return address;
  }
}

type LookupAddress = { address: string; family: number };
type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;
export type LookupFunction = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => void;

function notFound(hostname: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
}

function familyOf(address: string): number {
  return net.isIPv6(address) ? 6 : 4;
}

async function resolveAll(hostname: string, resolve: Map<string, string>): Promise<LookupAddress[]> {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  const pinned = resolve.get(name);
  if (pinned) return [{ address: pinned, family: familyOf(pinned) }];
  // RFC 6761: "invalid" never resolves, "localhost" is always loopback; neither needs a resolver.
  if (name === 'invalid' || name.endsWith('.invalid')) throw notFound(hostname);
  if (name === 'localhost' || name.endsWith('.localhost')) {
    return [
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ];
  }
  return dns.promises.lookup(hostname, { all: true });
}

/** A `lookup` for net/tls.connect (and so undici's `connect` option) that applies resolve + guard. */
export function guardedLookup(resolveMap: Record<string, string>, mayConnect: AddressCheck): LookupFunction {
  const resolve = new Map(Object.entries(resolveMap).map(([host, address]) => [host.toLowerCase(), address]));
  return (hostname, options, callback) => {
    resolveAll(hostname, resolve).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const allowed = wanted.filter((a) => mayConnect(a.address));
        const first = allowed[0];
        if (!first) {
          const refused = wanted[0] ?? addresses[0];
          if (!refused) return callback(notFound(hostname), '');
          return callback(new PrivateAddressError(hostname, refused.address), '');
        }
        if (options.all) callback(null, allowed);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}
