/**
 * The studio a component works in, from the nearest StudioProvider. Components read the
 * stores through the selector hooks next to each store (`useDesignStore`, `useUiStore`...),
 * which subscribe to the smallest slice they are given.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { Studio } from './studio.ts';

const StudioContext = createContext<Studio | undefined>(undefined);

export function StudioProvider({ studio, children }: { readonly studio: Studio; readonly children?: ReactNode }) {
  return createElement(StudioContext.Provider, { value: studio }, children);
}

export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio: no StudioProvider above this component');
  return studio;
}
