/**
 * The icons as SVG text for exported pictures: the very files the canvas shows, fetched once
 * each, so a picture can inline them and stand alone.
 */
import type { AwsIcon } from '../../engine/model/index.ts';
import { iconUrl } from '../../canvas/icons/KindIcon.tsx';

export type IconMarkup = Readonly<Partial<Record<AwsIcon, string>>>;

const files = new Map<AwsIcon, Promise<string | undefined>>();

// A missing icon leaves its box without one rather than failing the whole picture.
const fetchIcon = (icon: AwsIcon) =>
  fetch(iconUrl(icon))
    .then((response) => (response.ok ? response.text() : undefined))
    .catch(() => undefined);

export async function iconMarkup(icons: Iterable<AwsIcon>): Promise<IconMarkup> {
  const wanted = [...new Set(icons)];
  for (const icon of wanted) if (!files.has(icon)) files.set(icon, fetchIcon(icon));
  const texts = await Promise.all(wanted.map((icon) => files.get(icon)!));
  return Object.fromEntries(wanted.flatMap((icon, i) => (texts[i] ? [[icon, texts[i]]] : [])));
}
