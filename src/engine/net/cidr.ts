/**
 * CIDR and IP arithmetic over blocks parsed by net/address.ts, the one parser for
 * addresses; a parsed block is a plain numeric range so rules and the simulator compare
 * blocks cheaply.
 */
import { formatIpv4, parseAddress, type CidrBlock } from './address.ts';

export type { CidrBlock, IpVersion } from './address.ts';

export type CidrResult = { ok: true; block: CidrBlock } | { ok: false; reason: string };

/** Parses an IPv4 or IPv6 CIDR block, refusing host bits, bad prefixes, bad addresses and zone ids. */
export function parseCidr(text: string): CidrResult {
  const result = parseAddress(text, { form: 'cidr' });
  return result.ok ? result : { ok: false, reason: result.reason };
}

/** The parsed block, or undefined when the text is not a valid CIDR. */
export function cidrBlock(text: string | undefined): CidrBlock | undefined {
  if (text === undefined) return undefined;
  const result = parseAddress(text, { form: 'cidr' });
  return result.ok ? result.block : undefined;
}

export function isValidCidr(text: string): boolean {
  return parseAddress(text, { form: 'cidr' }).ok;
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
  const result = parseAddress(text, { form: 'address' });
  return result.ok ? result.block : undefined;
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
  return formatIpv4(value);
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
