/**
 * Where a studio's design is kept: the save guard, autosave, tab coordination, the design
 * library and share links, wired to one another. Nothing starts until the app opens a
 * design (app/useBootstrap.ts); `dispose()` stops what did.
 */
import { createAutosave, type Autosave } from './autosave.ts';
import { createLibrary, type Library } from './library.ts';
import { createSaveGuard, type SaveGuard } from './saveGuard.ts';
import { createShareLinks, type ShareLinks } from './share.ts';
import type { StudioCore } from './studio.ts';
import { createTabs, type Tabs } from './tabs.ts';

export interface Storage {
  readonly saveGuard: SaveGuard;
  readonly autosave: Autosave;
  readonly tabs: Tabs;
  readonly library: Library;
  readonly share: ShareLinks;
  dispose(): void;
}

export function createStorage(studio: StudioCore): Storage {
  const saveGuard = createSaveGuard(studio.design);
  const autosave = createAutosave(studio, saveGuard);
  const tabs = createTabs(studio, autosave, saveGuard);
  const library = createLibrary(studio, autosave, saveGuard);
  const share = createShareLinks(studio, autosave, library);
  return {
    saveGuard,
    autosave,
    tabs,
    library,
    share,
    dispose() {
      share.dispose();
      tabs.dispose();
      autosave.dispose();
    },
  };
}
