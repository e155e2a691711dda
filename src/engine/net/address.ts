/**
 * The one parser for IP addresses and CIDR blocks. It never throws: every value a file, a
 * share link, the inspector or the command line hands the engine comes back as a block or
 * as a sentence saying what is wrong with it (the schemas put the field and the resource in
 * front of it, as every parse error reads).
 *
 * The text is checked here, so each refusal can say what is wrong in the architect's terms
 * (a zone id, a leading zero, the other family); the numbers come from ip-num, called only
 * on text already checked and never allowed to throw past this module.
 */
import { IPv4, IPv4CidrRange, IPv6, IPv6CidrRange } from 'ip-num';

export type IpVersion = 4 | 6;

/** A parsed CIDR block: `first`..`last` inclusive, as bigints for both families. */
export interface CidrBlock {
  readonly text: string;
  readonly version: IpVersion;
  readonly prefix: number;
  readonly first: bigint;
  readonly last: bigint;
}

/** What is expected: a single address or a block, and optionally one family. */
export interface AddressExpectation {
  readonly form: 'address' | 'cidr';
  readonly version?: IpVersion;
}

/** Where the value sits, so the message names it. */
export type AddressResult =
  | { readonly ok: true; readonly block: CidrBlock }
  | {
      readonly ok: false;
      /** What is wrong with the value, quoting it. */
      readonly reason: string;
    };

const MAX_LENGTH = 64;
const cache = new Map<string, AddressResult>();

const quote = (text: string) =>
  JSON.stringify(text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text);

type Checked = { ok: true } | { ok: false; why: string };
const CHECKED: Checked = { ok: true };

/** A dotted quad, each number 0-255 without leading zeros (some tools read them as octal). */
function checkIpv4Text(text: string): Checked {
  const general = {
    ok: false as const,
    why: `${text} is not an IPv4 address (four numbers from 0 to 255)`,
  };
  const parts = text.split('.');
  if (parts.length !== 4) return general;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return general;
    if (part.length > 1 && part.startsWith('0')) {
      return {
        ok: false,
        why: `${text} is not an IPv4 address: ${part} has a leading zero (write ${Number(part)}; some tools read a leading zero as octal)`,
      };
    }
  }
  return CHECKED;
}

/** Eight groups of up to four hex digits; `::` once for a run of zero groups. */
function checkIpv6Text(text: string): Checked {
  const general = {
    ok: false as const,
    why: `${text} is not an IPv6 address (eight groups of hex digits, :: once for a run of zeros)`,
  };
  const zone = text.indexOf('%');
  if (zone >= 0) {
    return {
      ok: false,
      why: `${text} has a zone id (${text.slice(zone)}); AWS VPC addresses have no zone ids, so write ${text.slice(0, zone) || 'the address alone'}`,
    };
  }
  const halves = text.split('::');
  if (halves.length > 2) return general;
  const groupsOf = (half: string | undefined) =>
    half === undefined || half === '' ? [] : half.split(':');
  const head = groupsOf(halves[0]);
  const tail = groupsOf(halves[1]);
  const compressed = halves.length === 2;
  const count = head.length + tail.length;
  if (compressed ? count > 7 : count !== 8) return general;
  const groups = compressed ? [...head, ...Array<string>(8 - count).fill('0'), ...tail] : head;
  for (const group of groups) {
    if (!/^[0-9A-Fa-f]{1,4}$/.test(group)) return general;
  }
  return CHECKED;
}

export function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join('.');
}

/** RFC 5952 text: lowercase, no leading zeros, the longest run of two or more zero groups as `::`. */
export function formatIpv6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) =>
    Number((value >> BigInt(112 - 16 * i)) & 0xffffn),
  );
  let bestAt = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestAt, bestLength] = [i, j - i];
    i = j;
  }
  const hex = (list: number[]) => list.map((g) => g.toString(16)).join(':');
  if (bestAt < 0) return hex(groups);
  return `${hex(groups.slice(0, bestAt))}::${hex(groups.slice(bestAt + bestLength))}`;
}

const BITS: Record<IpVersion, number> = { 4: 32, 6: 128 };

/** The address and its block as ip-num computes them, for text the checks above passed. */
function rangeOf(version: IpVersion, address: string, prefix: number): { value: bigint; first: bigint; last: bigint } | undefined {
  try {
    const ip = version === 4 ? IPv4.fromString(address) : IPv6.fromString(address);
    const range = version === 4 ? IPv4CidrRange.fromCidr(`${address}/${prefix}`) : IPv6CidrRange.fromCidr(`${address}/${prefix}`);
    return { value: ip.getValue(), first: range.getFirst().getValue(), last: range.getLast().getValue() };
  } catch {
    return undefined;
  }
}

function parseUncached(
  text: string,
  expect: AddressExpectation,
): { ok: true; block: CidrBlock } | { ok: false; reason: string } {
  const refuse = (reason: string) => ({ ok: false as const, reason });
  const what = expect.form === 'cidr' ? 'a CIDR block' : 'an IP address';
  if (text === '' || text.trim() !== text || /\s/.test(text))
    return refuse(`${quote(text)} is not ${what}: it is empty or has spaces.`);
  if (text.length > MAX_LENGTH)
    return refuse(`${quote(text)} is not ${what}: it is longer than any address.`);
  const version: IpVersion = text.includes(':') ? 6 : 4;
  const example = version === 4 ? '10.0.0.0/16' : '2001:db8::/56';
  const slash = text.split('/');
  if (expect.form === 'cidr' && slash.length !== 2) {
    return refuse(
      `${quote(text)} is not in CIDR notation: write an address and a prefix length, like ${example}.`,
    );
  }
  if (expect.form === 'address' && slash.length !== 1) {
    return refuse(
      `${quote(text)} is a block, not a single address: write it without the /${slash.slice(1).join('/')}.`,
    );
  }
  const [addressText = '', prefixText] = slash;
  const bits = BITS[version];
  let prefix = bits;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) {
      return refuse(
        `${quote(text)}: the prefix length /${prefixText} is not between /0 and /${bits}.`,
      );
    }
    prefix = Number(prefixText);
  }
  const address = version === 4 ? checkIpv4Text(addressText) : checkIpv6Text(addressText);
  if (!address.ok) return refuse(`${quote(text)}: ${address.why}.`);
  if (expect.version !== undefined && expect.version !== version) {
    const noun = expect.form === 'cidr' ? 'CIDR block' : 'address';
    return refuse(
      `${quote(text)} is an IPv${version} ${noun}; an IPv${expect.version} ${noun} is needed here.`,
    );
  }
  const range = rangeOf(version, addressText, prefix);
  if (!range) return refuse(`${quote(text)} is not ${what}.`);
  const { first, last } = range;
  if (first !== range.value) {
    const start = version === 4 ? formatIpv4(first) : formatIpv6(first);
    return refuse(
      `${quote(text)} has host bits set: a /${prefix} block starts at ${start}, so write ${start}/${prefix}.`,
    );
  }
  return { ok: true, block: { text, version, prefix, first, last } };
}

/**
 * Parses an address or a CIDR block. Anything that is not a string is refused too, so a
 * caller may hand it a value straight from JSON.
 */
export function parseAddress(value: unknown, expect: AddressExpectation): AddressResult {
  if (typeof value !== 'string') {
    return { ok: false, reason: `${expect.form === 'cidr' ? 'a CIDR block' : 'an IP address'} is text, not ${value === null ? 'null' : typeof value}.` };
  }
  const key = `${expect.form}${expect.version ?? ''} ${value}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = parseUncached(value, expect);
    if (cache.size > 50_000) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

/**
 * True when a free-text value is written like an address (digits and dots, hex groups with
 * colons, a zone id or a prefix), so it must parse as one rather than pass as a name.
 */
export function looksLikeAddress(text: string): boolean {
  if (!/^[0-9A-Fa-f.:]*(%[^/]*)?(\/\d*)?$/.test(text)) return false;
  const core = text.replace(/[%/].*$/, '');
  if (/^[\d.]+$/.test(core)) return core.includes('.') || core !== text;
  return core.includes('::') || core.split(':').length >= 3;
}
