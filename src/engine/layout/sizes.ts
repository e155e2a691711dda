/**
 * The sizes boxes are drawn at. One source for the canvas, the layouts and the picture export,
 * so a stored layout box is the box on screen.
 */
export interface LayoutSizes {
  /** A leaf node's box. */
  readonly leaf: { readonly w: number; readonly h: number };
  /** Room at the top of a container for its title. */
  readonly header: number;
  /** Room at the bottom of a container for its badges (route table, ACL), so they cover no box. */
  readonly footer: number;
  readonly padding: number;
  readonly spacing: number;
}

export const DEFAULT_SIZES: LayoutSizes = { leaf: { w: 168, h: 48 }, header: 36, footer: 28, padding: 16, spacing: 16 };
