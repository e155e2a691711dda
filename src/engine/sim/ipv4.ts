/**
 * IPv4 as plain numbers: the simulator compares millions of addresses, so it avoids the
 * bigints of net/cidr.ts on its hot path and converts once when it compiles a design.
 */
import { parseAddress } from '../net/address.ts';
import { cidrBlock } from '../net/cidr.ts';

/** An inclusive IPv4 range. */
export interface Range {
  readonly first: number;
  readonly last: number;
  readonly prefix: number;
  readonly text: string;
}

/** Parses a dotted quad through the one address parser; undefined for anything else (IPv6 included). */
export function parseIpv4(text: string): number | undefined {
  // Most texts a trace is handed are resource ids: a dotted quad starts with a digit.
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return undefined;
  const result = parseAddress(text, { form: 'address', version: 4 });
  return result.ok ? Number(result.block.first) : undefined;
}

export function formatIpv4(value: number): string {
  return `${Math.floor(value / 16777216) % 256}.${Math.floor(value / 65536) % 256}.${Math.floor(value / 256) % 256}.${value % 256}`;
}

/** An IPv4 CIDR as a range; undefined for IPv6 or invalid text. */
export function ipv4Range(text: string | undefined): Range | undefined {
  const block = cidrBlock(text);
  if (!block || block.version !== 4) return undefined;
  return { first: Number(block.first), last: Number(block.last), prefix: block.prefix, text: block.text };
}

export function inRange(range: Range, ip: number): boolean {
  return range.first <= ip && ip <= range.last;
}

export function inAny(ranges: readonly Range[], ip: number): boolean {
  for (const range of ranges) if (range.first <= ip && ip <= range.last) return true;
  return false;
}

const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map((text) => ipv4Range(text)!);

/** Private address space (RFC 1918 and shared 100.64/10): not routable on the internet. */
export function isPrivateIpv4(ip: number): boolean {
  return inAny(PRIVATE, ip);
}
