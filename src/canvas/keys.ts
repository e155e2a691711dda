/**
 * The keys React Flow handles on the canvas, in one place: the canvas passes them to React
 * Flow and the shortcut sheet lists them, so the two cannot disagree.
 */
export const CANVAS_KEYS = {
  /** Held: drag anywhere to pan, through boxes too. */
  pan: 'Space',
  /** Held: drag on the pane to select the boxes in a rectangle. */
  boxSelect: 'Shift',
  /** Held: click adds a box to the selection. */
  addToSelection: ['Meta', 'Control'],
} as const;
