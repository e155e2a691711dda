/**
 * Right-hand panels. Adding one is one `registerPanel` line in panels/index.ts; rarely
 * used panels pass a React.lazy component so their code loads when first opened.
 */
import type { ComponentType } from 'react';

export interface PanelDefinition {
  /** Stable id, also used by `useUiStore.setPanel(id)`. */
  readonly id: string;
  readonly title: string;
  /** Position among the tabs, lowest first. */
  readonly order: number;
  readonly component: ComponentType;
  /** Shown after the title in the tab, e.g. a count; always mounted, keep it small. */
  readonly tabBadge?: ComponentType;
}

const panels = new Map<string, PanelDefinition>();

export function registerPanel(panel: PanelDefinition): void {
  panels.set(panel.id, panel);
}

export function registeredPanels(): PanelDefinition[] {
  return [...panels.values()].sort((a, b) => a.order - b.order);
}
