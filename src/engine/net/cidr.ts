/**
 * CIDR and IP arithmetic. Parsing and validation go through ip-num; a parsed block is
 * cached as a plain numeric range so rules and the simulator compare blocks cheaply.
 */
import { IPv4, IPv4CidrRange, IPv6CidrRange, Validator } from 'ip-num';

export type IpVersion = 4 | 6;

/** A parsed CIDR block: `first`..`last` inclusive, as bigints for IPv6 and numbers for IPv4. */
export interface CidrBlock {
  readonly text: string;
  readonly version: IpVersion;
  readonly prefix: number;
  readonly first: bigint;
  readonly last: bigint;
}

export type CidrResult = { ok: true; block: CidrBlock } | { ok: false; reason: string };

const cache = new Map<string, CidrResult>();

function explainIpv4(text: string): string {
  const [address, prefixText, ...rest] = text.split('/');
  if (prefixText === undefined || rest.length > 0 || address === undefined) {
    return `"${text}" is not in CIDR notation: write an address and a prefix length, like 10.0.0.0/16.`;
  }
  if (!/^\d{1,2}$/.test(prefixText) || Number(prefixText) > 32) {
    return `"${text}": the prefix length /${prefixText} is not between /0 and /32.`;
  }
  const [validAddress] = Validator.isValidIPv4String(address);
  if (!validAddress) {
    return `"${text}": ${address} is not an IPv4 address (four numbers from 0 to 255).`;
  }
  const range = IPv4CidrRange.fromCidr(`${address}/${prefixText}`);
  const start = range.getFirst().toString();
  return `"${text}" has host bits set: a /${prefixText} block starts at ${start}, so write ${start}/${prefixText}.`;
}

function explainIpv6(text: string): string {
  const [address, prefixText] = text.split('/');
  if (prefixText === undefined || address === undefined) {
    return `"${text}" is not in CIDR notation: write an address and a prefix length, like 2001:db8::/56.`;
  }
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > 128) {
    return `"${text}": the prefix length /${prefixText} is not between /0 and /128.`;
  }
  const [validAddress] = Validator.isValidIPv6String(address);
  if (!validAddress) return `"${text}": ${address} is not an IPv6 address.`;
  return `"${text}" has host bits set: the address must be the first of its /${prefixText} block.`;
}

/** Parses an IPv4 or IPv6 CIDR block, refusing host bits, bad prefixes and bad addresses. */
export function parseCidr(text: string): CidrResult {
  const hit = cache.get(text);
  if (hit) return hit;
  let result: CidrResult;
  const trimmed = text.trim();
  if (trimmed !== text || trimmed === '') {
    result = { ok: false, reason: `"${text}" is not a CIDR block: it is empty or has spaces.` };
  } else if (trimmed.includes(':')) {
    const [valid] = Validator.isValidIPv6CidrRange(trimmed);
    if (valid) {
      const range = IPv6CidrRange.fromCidr(trimmed);
      result = {
        ok: true,
        block: {
          text: trimmed,
          version: 6,
          prefix: Number(range.getPrefix().getValue()),
          first: range.getFirst().getValue(),
          last: range.getLast().getValue(),
        },
      };
    } else {
      result = { ok: false, reason: explainIpv6(trimmed) };
    }
  } else {
    const [valid] = Validator.isValidIPv4CidrRange(trimmed);
    if (valid) {
      const range = IPv4CidrRange.fromCidr(trimmed);
      result = {
        ok: true,
        block: {
          text: trimmed,
          version: 4,
          prefix: Number(range.getPrefix().getValue()),
          first: range.getFirst().getValue(),
          last: range.getLast().getValue(),
        },
      };
    } else {
      result = { ok: false, reason: explainIpv4(trimmed) };
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(text, result);
  return result;
}

/** The parsed block, or undefined when the text is not a valid CIDR. */
export function cidrBlock(text: string | undefined): CidrBlock | undefined {
  if (text === undefined) return undefined;
  const result = parseCidr(text);
  return result.ok ? result.block : undefined;
}

export function isValidCidr(text: string): boolean {
  return parseCidr(text).ok;
}

export function overlaps(a: CidrBlock, b: CidrBlock): boolean {
  return a.version === b.version && a.first <= b.last && b.first <= a.last;
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: CidrBlock, inner: CidrBlock): boolean {
  return outer.version === inner.version && outer.first <= inner.first && inner.last <= outer.last;
}

/** Parses a single IPv4 or IPv6 address into a one-address block. */
export function parseIp(text: string): CidrBlock | undefined {
  if (text.includes('/')) return undefined;
  if (text.includes(':')) return cidrBlock(`${text}/128`) ?? undefined;
  const [valid] = Validator.isValidIPv4String(text);
  if (!valid) return undefined;
  return cidrBlock(`${text}/32`);
}

export function containsIp(block: CidrBlock, ip: CidrBlock): boolean {
  return contains(block, ip);
}

/** Number of addresses in the block (IPv4 only; IPv6 blocks return Infinity). */
export function size(block: CidrBlock): number {
  return block.version === 4 ? Number(block.last - block.first + 1n) : Infinity;
}

/** Usable addresses in a subnet: AWS reserves five per subnet (CIDR-RSV). */
export function usableAddresses(block: CidrBlock): number {
  return Math.max(0, size(block) - 5);
}

export function ipv4ToString(value: bigint): string {
  return IPv4.fromNumber(value).toString();
}

/** The n-th address of a block (0 = network address); used to give resources stable IPs. */
export function nthAddress(block: CidrBlock, n: number): string {
  const value = block.first + BigInt(n);
  if (block.version !== 4 || value > block.last) return block.text.split('/')[0] ?? '';
  return ipv4ToString(value);
}

/** Private address space where AWS allows NLB ip targets (NLB-TG): RFC1918 and 100.64/10. */
export const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'];

export function isPrivateIpv4(block: CidrBlock): boolean {
  return PRIVATE_RANGES.some((range) => {
    const outer = cidrBlock(range);
    return outer !== undefined && contains(outer, block);
  });
}

/**
 * The first block of the given prefix length inside `within` that overlaps none of `taken`.
 * Used by quick fixes that propose a free CIDR.
 */
export function freeBlock(
  within: string,
  prefix: number,
  taken: readonly CidrBlock[],
): string | undefined {
  const outer = cidrBlock(within);
  if (!outer || outer.version !== 4 || prefix < outer.prefix || prefix > 32) return undefined;
  const step = 1n << BigInt(32 - prefix);
  const sorted = taken.filter((b) => b.version === 4).sort((a, b) => (a.first < b.first ? -1 : 1));
  let candidate = outer.first;
  while (candidate + step - 1n <= outer.last) {
    const end = candidate + step - 1n;
    const clash = sorted.find((b) => b.first <= end && candidate <= b.last);
    if (!clash) return `${ipv4ToString(candidate)}/${prefix}`;
    // Jump past the clash, aligned to the block size.
    const next = ((clash.last + 1n + step - 1n) / step) * step;
    candidate = next > candidate ? next : candidate + step;
  }
  return undefined;
}
