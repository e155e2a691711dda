/**
 * The canvas's own kind icons as SVG markup for exported pictures: KindIcon is rendered
 * once into a detached element and serialised, so the picture and the canvas share one
 * source. The tile colour, a CSS background on screen, becomes a rect.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { RESOURCE_KINDS, type ResourceKind } from '../../engine/model/index.ts';
import { KindIcon } from '../../canvas/icons/KindIcon.tsx';

export type IconMarkup = Readonly<Partial<Record<ResourceKind, string>>>;

let cached: IconMarkup | undefined;

/** Tile corners as on the canvas (5 px on a 28 px icon), in the icon's 24-unit grid. */
const TILE_RADIUS = (5 * 24) / 28;

export function kindIconMarkup(): IconMarkup {
  if (cached) return cached;
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(<>{RESOURCE_KINDS.map((kind) => <KindIcon key={kind} kind={kind} />)}</>));
  const serializer = new XMLSerializer();
  const markup: Partial<Record<ResourceKind, string>> = {};
  host.querySelectorAll(':scope > svg').forEach((svg, i) => {
    const kind = RESOURCE_KINDS[i];
    if (!kind || !(svg instanceof SVGSVGElement)) return;
    const fill = svg.style.backgroundColor || '#545b64';
    const inner = [...svg.children].map((child) => serializer.serializeToString(child)).join('');
    markup[kind] = `<rect width="24" height="24" rx="${TILE_RADIUS.toFixed(2)}" fill="${fill}"/>${inner}`;
  });
  root.unmount();
  cached = markup;
  return markup;
}
