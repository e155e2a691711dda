/** The catalogue of stored designs, for the design list. */
import { create } from 'zustand';
import type { DesignEntry } from './persistence.ts';

interface LibraryState {
  readonly entries: readonly DesignEntry[];
  setEntries(entries: readonly DesignEntry[]): void;
}

export const useLibraryStore = create<LibraryState>()((set) => ({
  entries: [],
  setEntries: (entries) => set({ entries }),
}));
