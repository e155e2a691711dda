/**
 * Terraform names: local names are identifiers (letters, digits, underscore, not starting
 * with a digit), unique within their type; AWS `name` arguments keep to the characters the
 * service accepts. Both are derived from the design's names, falling back to ids.
 */

/** `Orders VPC (prod)` → `orders_vpc_prod`; empty when nothing ASCII is left. */
export function identifierFrom(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48)
    .replace(/_+$/, '');
}

/** The identifier for a design resource: its name when it has ASCII letters, else its id. */
export function baseIdentifier(name: string, id: string): string {
  const fromName = identifierFrom(name);
  const chosen = /[a-z]/.test(fromName) ? fromName : identifierFrom(id) || 'r';
  return /^[0-9]/.test(chosen) ? `r_${chosen}` : chosen;
}

/** Hands out unique names per namespace (a Terraform type, `var`, `output`, `provider`). */
export class NameAllocator {
  private readonly taken = new Map<string, Set<string>>();
  /** The next suffix to try per wanted name, so a thousand `private_a`s stay linear. */
  private readonly next = new Map<string, number>();

  allocate(namespace: string, wanted: string): string {
    let used = this.taken.get(namespace);
    if (!used) {
      used = new Set();
      this.taken.set(namespace, used);
    }
    let candidate = wanted;
    if (used.has(candidate)) {
      const key = `${namespace}\u0000${wanted}`;
      let n = this.next.get(key) ?? 2;
      for (candidate = `${wanted}_${n}`; used.has(candidate); n++) candidate = `${wanted}_${n + 1}`;
      this.next.set(key, n + 1);
    }
    used.add(candidate);
    return candidate;
  }
}

/**
 * An AWS resource name limited to letters, digits and hyphens (load balancers, target
 * groups, clusters), at most `max` characters, never starting or ending with a hyphen.
 */
export function awsName(name: string, id: string, max: number, extra = ''): string {
  const clean = (text: string) =>
    text
      .replace(new RegExp(`[^A-Za-z0-9${extra}]+`, 'g'), '-')
      .replace(/^-+|-+$/g, '');
  let chosen = clean(name);
  if (!/[A-Za-z0-9]/.test(chosen)) chosen = clean(id) || 'lzs';
  chosen = chosen.slice(0, max).replace(/-+$/, '');
  return /^[A-Za-z]/.test(chosen) ? chosen : `x${chosen}`.slice(0, max);
}

/** Unique AWS names per type (two load balancers may not share a name in one account). */
export class AwsNames {
  private readonly taken = new Map<string, Set<string>>();
  /** The next suffix to try per wanted name: names are never given back, so the ones below are taken. */
  private readonly next = new Map<string, number>();

  unique(namespace: string, wanted: string, max: number): string {
    let used = this.taken.get(namespace);
    if (!used) {
      used = new Set();
      this.taken.set(namespace, used);
    }
    let candidate = wanted;
    const key = `${namespace}\u0000${max}\u0000${wanted}`;
    let n = 2;
    if (used.has(candidate.toLowerCase())) {
      for (n = this.next.get(key) ?? 2; ; n++) {
        const suffix = `-${n}`;
        candidate = `${wanted.slice(0, max - suffix.length).replace(/-+$/, '')}${suffix}`;
        if (!used.has(candidate.toLowerCase())) break;
      }
      this.next.set(key, n + 1);
    }
    used.add(candidate.toLowerCase());
    return candidate;
  }
}

/** At most `max` characters (code points), for names AWS limits in length only. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}
