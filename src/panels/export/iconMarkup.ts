/**
 * The kinds' icons as SVG text for exported pictures: the very files the canvas shows,
 * fetched once each, so a picture can inline them and stand alone.
 */
import type { ResourceKind } from '../../engine/model/index.ts';
import { kindIconUrl } from '../../canvas/icons/KindIcon.tsx';

export type IconMarkup = Readonly<Partial<Record<ResourceKind, string>>>;

const files = new Map<ResourceKind, Promise<string | undefined>>();

// A missing icon leaves its box without one rather than failing the whole picture.
const fetchIcon = (kind: ResourceKind) =>
  fetch(kindIconUrl(kind))
    .then((response) => (response.ok ? response.text() : undefined))
    .catch(() => undefined);

export async function kindIconMarkup(kinds: Iterable<ResourceKind>): Promise<IconMarkup> {
  const wanted = [...new Set(kinds)];
  for (const kind of wanted) if (!files.has(kind)) files.set(kind, fetchIcon(kind));
  const texts = await Promise.all(wanted.map((kind) => files.get(kind)!));
  return Object.fromEntries(wanted.flatMap((kind, i) => (texts[i] ? [[kind, texts[i]]] : [])));
}
