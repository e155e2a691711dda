/** The findings panel's filter, kept while the panel is closed. */
import { create } from 'zustand';
import type { Severity } from '../../engine/rules/types.ts';
import { SEVERITIES, type FindingFilter } from './filter.ts';

interface FilterState extends FindingFilter {
  toggle(severity: Severity): void;
  setText(text: string): void;
}

export const useFindingFilter = create<FilterState>()((set, get) => ({
  severities: new Set(SEVERITIES),
  text: '',
  toggle: (severity) => {
    const next = new Set(get().severities);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    set({ severities: next });
  },
  setText: (text) => set({ text }),
}));
