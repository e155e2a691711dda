/**
 * The icon of a resource kind: the AWS Architecture Icon its registry entry names, as an
 * image the browser decodes once per kind however many boxes show it.
 */
import { memo } from 'react';
import type { AwsIcon, PaletteGroup, ResourceKind } from '../../engine/model/index.ts';
import { KINDS } from '../../engine/model/index.ts';

/** Where the icons are served (vite.config.ts's aws-icons plugin), beside the page. */
const ICONS = `${import.meta.env.BASE_URL}aws-icons/`;

/** Each icon's file name with its content hash, from the aws-icons plugin (absent where it does not run: unit tests). */
declare const __AWS_ICON_FILES__: Readonly<Record<string, string>> | undefined;
const FILES: Readonly<Record<string, string>> = typeof __AWS_ICON_FILES__ === 'object' ? __AWS_ICON_FILES__ : {};

/** The URL of an icon, for the canvas, the panels and pictures that inline it. */
export function iconUrl(icon: AwsIcon): string {
  return `${ICONS}${FILES[icon] ?? `${icon}.svg`}`;
}

/** Box edges and the minimap follow the usual AWS category colours so architects recognise them. */
export const GROUP_COLOR: Readonly<Record<PaletteGroup, string>> = {
  Organization: '#c7175f',
  Network: '#7a3ff2',
  Connectivity: '#7a3ff2',
  'Load balancing': '#7a3ff2',
  'Compute and containers': '#d45b00',
  Integration: '#c7175f',
  External: '#4b5563',
};

/**
 * AWS draws resource icons as a coloured glyph on nothing, service and group icons as a white
 * glyph on a coloured tile: the dark theme lightens the first kind (app/theme.css) and leaves
 * the tiles as they are.
 */
export const KindIcon = memo(function KindIcon({ kind, icon = KINDS[kind].icon, size = 24 }: { kind: ResourceKind; icon?: AwsIcon; size?: number }) {
  const shape = icon.startsWith('resource/') ? 'glyph' : 'tile';
  return <img src={iconUrl(icon)} width={size} height={size} alt="" draggable={false} decoding="async" className="kind-icon" data-icon={shape} />;
});
